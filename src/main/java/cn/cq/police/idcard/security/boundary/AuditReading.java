package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.control.ScopedStations;
import cn.cq.police.idcard.stations.entity.Reach;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The audit trail as an administrator may read it: the entries of staff of the stations their reach
 * covers. Only the city's administrators read everything, the centres' and the system's entries
 * included.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class AuditReading {

  @Inject AuditTrail trail;

  @Inject StaffDirectory staff;

  @Inject ScopedStations scoped;

  public List<AuditEntry> latest(int max) {
    return trail.search(null, null, null, stationsInReach(), max);
  }

  public List<AuditEntry> ofSubject(String subjectType, String subjectId, int max) {
    return trail.search(null, subjectType, subjectId, stationsInReach(), max);
  }

  public List<AuditEntry> byActor(String username, int max) {
    return trail.search(username, null, null, stationsInReach(), max);
  }

  /** Null for the city: every entry. */
  private List<String> stationsInReach() {
    StaffAccount administrator = staff.current();
    return administrator.getReach() == Reach.CITY
        ? null
        : scoped.stationCodes(administrator.scope());
  }
}
