package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.ReceiptEligibility;
import cn.cq.police.idcard.applications.control.ReceiptLookup;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Step 1 of the counter flow: a clerk or supervisor looks up a receipt for their own station.
 * Looking up changes nothing.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
public class ReceiptLookups {

  @Inject StaffDirectory staff;

  @Inject ReceiptEligibility eligibility;

  public ReceiptLookup lookUp(String receiptNumberInput, String idNumberInput) {
    return eligibility.lookUp(staff.current().getStation(), receiptNumberInput, idNumberInput);
  }
}
