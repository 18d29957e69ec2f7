package cn.cq.police.idcard.audit.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.control.AuditVerifier;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The audit trail as a service: separate records (logins) and verification. Reading it is scoped to
 * the administrator's reach, which the stations component knows: see {@code AuditReading}.
 */
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
}
