package cn.cq.police.idcard.audit.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.control.AuditVerifier;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** The audit trail as a service: separate records (logins), verification and reading. */
@Stateless
@RolesAllowed("ADMINISTRATOR")
public class AuditLog {

  @Inject AuditTrail trail;

  @Inject AuditVerifier verifier;

  /**
   * Records in a transaction of its own: for events that are not part of a change, such as a failed
   * login, which must be kept even though nothing else commits.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordApart(Actor actor, AuditEvent event) {
    trail.record(actor, event);
  }

  public ChainVerdict verify() {
    return verifier.verify();
  }

  public List<AuditEntry> latest(int max) {
    return trail.latest(max);
  }

  public List<AuditEntry> ofSubject(String subjectType, String subjectId) {
    return trail.ofSubject(subjectType, subjectId);
  }

  public List<AuditEntry> byActor(String username, int max) {
    return trail.byActor(username, max);
  }
}
