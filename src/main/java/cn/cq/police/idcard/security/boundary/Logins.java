package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.control.LockoutPolicy;
import cn.cq.police.idcard.security.control.LoginThrottle;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * What happens around a login attempt: the lockout check, counting failures and auditing every
 * success and failure. Each runs in its own transaction, apart from the login request itself.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Logins {

  @Inject LoginThrottle throttle;

  @Inject AuditTrail audit;

  @Inject StaffDirectory staff;

  public boolean isLocked(String typedUsername) {
    return throttle.isLocked(typedUsername);
  }

  /** Audits the refused attempt and counts it; true when the name is locked from now on. */
  public boolean failed(String typedUsername, boolean alreadyLocked) {
    String key = LockoutPolicy.key(typedUsername);
    Actor who = Actor.unauthenticated(key);
    if (alreadyLocked) {
      audit.record(who, AuditEvent.of("login.refusedWhileLocked", "login", key));
      return true;
    }
    boolean lockedNow = throttle.failed(typedUsername);
    audit.record(who, AuditEvent.of("login.failed", "login", key));
    if (lockedNow) {
      audit.record(who, AuditEvent.of("login.lockedOut", "login", key));
    }
    return lockedNow;
  }

  /** Clears the count and audits the login of the account just authenticated. */
  public void succeeded(String username) {
    throttle.succeeded(username);
    Actor who =
        staff
            .byUsername(username)
            .map(account -> account.actor())
            .orElseGet(() -> Actor.unauthenticated(username));
    audit.record(who, AuditEvent.of("login.succeeded", "account", who.username()));
  }

  public void loggedOut() {
    Actor who = staff.current().actor();
    audit.record(who, AuditEvent.of("logout", "account", who.username()));
  }
}
