package cn.cq.police.idcard.stations.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.proxies.entity.EligibilityPolicy;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The city's stations and their staff, as the administrator oversees them. */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class Stations {

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject AuditTrail audit;

  public List<Station> all() {
    return em.createNamedQuery(Station.ALL, Station.class).getResultList();
  }

  public List<EligibilityPolicy> policies() {
    return em.createNamedQuery(EligibilityPolicy.ALL, EligibilityPolicy.class).getResultList();
  }

  /** Which proxy applications the station's counter accepts from now on. */
  public Station changePolicy(Long stationId, Long policyId) {
    Station station = em.find(Station.class, stationId);
    EligibilityPolicy policy = em.find(EligibilityPolicy.class, policyId);
    if (station == null || policy == null) {
      throw new IllegalArgumentException("Unknown station or policy");
    }
    String before = station.getEligibilityPolicy().getCode();
    station.applyPolicy(policy);
    audit.record(
        directory.current().actor(),
        AuditEvent.of("station.policyChanged", "station", station.getCode())
            .withBefore("policy=" + before)
            .withAfter("policy=" + policy.getCode()));
    return station;
  }

  public List<StaffAccount> staffOf(Station station) {
    return em.createNamedQuery(StaffAccount.OF_STATION, StaffAccount.class)
        .setParameter("station", station)
        .getResultList();
  }
}
