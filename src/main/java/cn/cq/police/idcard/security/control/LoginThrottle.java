package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.security.control.LockoutPolicy.State;
import cn.cq.police.idcard.security.entity.LoginThrottleEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The stored failed-login counts, under the lockout policy from configuration. */
@Dependent
public class LoginThrottle {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "security.lockout.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "security.lockout.minutes", defaultValue = "30")
  int lockMinutes;

  public boolean isLocked(String typedUsername) {
    LoginThrottleEntry entry = em.find(LoginThrottleEntry.class, LockoutPolicy.key(typedUsername));
    return entry != null && state(entry).isLockedAt(now());
  }

  /** Counts a failure; returns true when this failure locked the name. */
  public boolean failed(String typedUsername) {
    String key = LockoutPolicy.key(typedUsername);
    LoginThrottleEntry entry =
        em.find(LoginThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      entry = new LoginThrottleEntry(key);
      em.persist(entry);
    }
    LocalDateTime now = now();
    State before = state(entry);
    State after = policy().afterFailure(before, now);
    entry.record(after.failures(), after.lockedUntil());
    return !before.isLockedAt(now) && after.isLockedAt(now);
  }

  public void succeeded(String typedUsername) {
    LoginThrottleEntry entry = em.find(LoginThrottleEntry.class, LockoutPolicy.key(typedUsername));
    if (entry != null) {
      em.remove(entry);
    }
  }

  /** Lifts a lock at once, e.g. when an administrator unlocks the account. */
  public void clear(String username) {
    succeeded(username);
  }

  LockoutPolicy policy() {
    return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private static State state(LoginThrottleEntry entry) {
    return new State(entry.getFailures(), entry.getLockedUntil());
  }
}
