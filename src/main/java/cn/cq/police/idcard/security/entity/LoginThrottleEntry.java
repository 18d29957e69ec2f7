package cn.cq.police.idcard.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Failed logins for one typed user name, one client address or the whole city (see {@code
 * LoginThrottle} for the keys). Kept for any name, existing or not, so the lockout reveals nothing
 * about which accounts exist.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottleEntry {

  @Id
  @Column(length = 100)
  private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "window_started")
  private LocalDateTime windowStarted;

  protected LoginThrottleEntry() {}

  public LoginThrottleEntry(String username) {
    this.username = username;
  }

  public int getFailures() {
    return failures;
  }

  public LocalDateTime getLockedUntil() {
    return lockedUntil;
  }

  public LocalDateTime getWindowStarted() {
    return windowStarted;
  }

  public void record(int failures, LocalDateTime lockedUntil, LocalDateTime windowStarted) {
    this.failures = failures;
    this.lockedUntil = lockedUntil;
    this.windowStarted = windowStarted;
  }
}
