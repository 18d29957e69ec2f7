package cn.cq.police.idcard.audit.entity;

import java.io.Serializable;

/**
 * Who did something, as the audit trail keeps it: the account name, its roles and its station's
 * code at that moment. Plain values, so the trail does not depend on the staff component.
 */
public record Actor(String username, String roles, String stationCode) implements Serializable {

  /** Someone not (yet) known as staff, e.g. a failed login with this name. */
  public static Actor unauthenticated(String attemptedUsername) {
    return new Actor(attemptedUsername, "", "");
  }

  /** The application itself: start-up, scheduled jobs, machine feeds. */
  public static final Actor SYSTEM = new Actor("system", "", "");
}
