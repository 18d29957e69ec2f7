package cn.cq.police.idcard.security.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * After {@code maxFailures} failed logins in a row a name is locked for {@code lockFor}; the count
 * starts again once the lock has passed. Pure, so the rule is unit-tested without a server.
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

  public LockoutPolicy {
    if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("Lockout needs at least one failure and a positive time");
    }
  }

  /** Failures and lock after one more failure, starting from the stored ones. */
  public State afterFailure(State stored, LocalDateTime now) {
    if (stored.isLockedAt(now)) {
      return stored;
    }
    int failures = stored.activeFailures(now) + 1;
    return failures >= maxFailures ? new State(0, now.plus(lockFor)) : new State(failures, null);
  }

  /** The key a typed name is counted under: case and surrounding spaces do not make a new name. */
  public static String key(String typedUsername) {
    String trimmed = typedUsername == null ? "" : typedUsername.trim().toLowerCase(Locale.ROOT);
    return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
  }

  /** Failures so far and, when locked, until when. */
  public record State(int failures, LocalDateTime lockedUntil) {

    public static final State CLEAN = new State(0, null);

    public boolean isLockedAt(LocalDateTime now) {
      return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A lock that has passed leaves no failures behind. */
    int activeFailures(LocalDateTime now) {
      return lockedUntil != null && !now.isBefore(lockedUntil) ? 0 : failures;
    }
  }
}
