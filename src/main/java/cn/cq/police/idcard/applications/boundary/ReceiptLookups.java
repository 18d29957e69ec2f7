package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.ApplicationSubmission;
import cn.cq.police.idcard.applications.control.ReceiptEligibility;
import cn.cq.police.idcard.applications.control.ReceiptLookup;
import cn.cq.police.idcard.applications.entity.ReceiptLookupEntry;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Step 1 of the counter flow: a clerk or supervisor looks up a receipt for their own station.
 * Looking up changes nothing but the look-up log (who looked up which receipt, with which outcome,
 * and the household region of the receipt found — nothing of the typed ID number), which feeds the
 * supervisor's signals and the time from look-up to submit.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
public class ReceiptLookups {

  @Inject StaffDirectory staff;

  @Inject ReceiptEligibility eligibility;

  @Inject ApplicationSubmission submission;

  @Inject Clock clock;

  @PersistenceContext EntityManager em;

  public ReceiptLookup lookUp(String receiptNumberInput, String idNumberInput) {
    StaffAccount caller = staff.current();
    ReceiptLookup lookup =
        eligibility.lookUp(caller.getStation(), receiptNumberInput, idNumberInput);
    em.persist(
        new ReceiptLookupEntry(
            caller.getStation().getId(),
            caller.getId(),
            ReceiptNumber.tryParse(receiptNumberInput),
            lookup.receipt(),
            lookup.outcome().name(),
            LocalDateTime.now(clock)));
    return lookup;
  }

  /** Whether the clerk's station has closed today: no application can be made until reopened. */
  public boolean todayClosed() {
    return submission.todayClosed(staff.current().getStation());
  }
}
