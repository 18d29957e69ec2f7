package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.AcceptanceNumbers;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Opens a station's acceptance counter for a day in a transaction of its own, so that two clerks'
 * first submits of the day cannot make each other's submit fail.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
public class AcceptanceDays {

  @PersistenceContext EntityManager em;

  @Inject AcceptanceNumbers acceptanceNumbers;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void open(Long stationId, LocalDate day) {
    acceptanceNumbers.openDay(em.find(Station.class, stationId), day);
  }
}
