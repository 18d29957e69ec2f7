package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.control.RequestOrigin;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.control.LockoutPolicy;
import cn.cq.police.idcard.security.control.LoginLock;
import cn.cq.police.idcard.security.control.LoginThrottle;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * What happens around a login attempt, and around any other check of a person's password (a
 * sign-off, a password change): the lockout checks, counting failures per name, per client address
 * and city-wide, and auditing every success and failure. Each runs in its own transaction, apart
 * from the request itself, so a refused change that rolls back still counts.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Logins {

  @Inject LoginThrottle throttle;

  @Inject AuditTrail audit;

  @Inject StaffDirectory staff;

  @Inject RequestOrigin origin;

  /** The name's lock first, then the client address's. */
  public LoginLock lockOf(String typedUsername) {
    if (throttle.isLocked(typedUsername)) {
      return LoginLock.NAME;
    }
    return throttle.isAddressLocked(origin.clientAddress()) ? LoginLock.ADDRESS : LoginLock.NONE;
  }

  /** Whether failed answers are being slowed down city-wide. */
  public boolean isCitySlowed() {
    return throttle.isCitySlowed();
  }

  /** Audits a login refused while locked; nothing more is counted. */
  public void refusedWhileLocked(String typedUsername) {
    String key = LockoutPolicy.key(typedUsername);
    audit.record(
        Actor.unauthenticated(key), AuditEvent.of("login.refusedWhileLocked", "login", key));
  }

  /** Audits the failed login and counts it; returns the lock in force from now on. */
  public LoginLock failed(String typedUsername) {
    String key = LockoutPolicy.key(typedUsername);
    audit.record(Actor.unauthenticated(key), AuditEvent.of("login.failed", "login", key));
    return counted(typedUsername);
  }

  /**
   * Audits and counts a second factor refused after the right password (a wrong or replayed code, a
   * missing or wrong certificate) like a failed login; returns the lock in force from now on.
   */
  public LoginLock secondFactorFailed(String username, String why) {
    String key = LockoutPolicy.key(username);
    audit.record(
        Actor.unauthenticated(key),
        AuditEvent.of("login.secondFactorFailed", "login", key).withAfter(why));
    return counted(username);
  }

  /**
   * Counts a wrong password typed by a signed-in person (a sign-off, a password change) like a
   * failed login: otherwise an open session would be a place to guess without limit.
   */
  public LoginLock passwordFailed(String username) {
    return counted(username);
  }

  private LoginLock counted(String typedUsername) {
    String key = LockoutPolicy.key(typedUsername);
    Actor who = Actor.unauthenticated(key);
    boolean nameLocked = throttle.failed(typedUsername);
    if (nameLocked) {
      audit.record(who, AuditEvent.of("login.lockedOut", "login", key));
    }
    String address = origin.clientAddress();
    boolean addressLocked = throttle.failedFrom(address);
    if (addressLocked) {
      audit.record(who, AuditEvent.of("login.addressLocked", "address", address));
    }
    if (throttle.failedInCity()) {
      audit.record(who, AuditEvent.of("login.citySlowed", "login", "city"));
    }
    return lockOf(typedUsername);
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
