package cn.cq.police.idcard.security.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * After {@code maxFailures} failures a name (or a client address) is locked for {@code lockFor};
 * the count starts again once the lock has passed. A name counts failures in a row; an address
 * counts those within a {@code window} from its first, so a station's occasional typos never add
 * up. Pure, so the rule is unit-tested without a server.
 *
 * @param window null: failures count until a lock or a successful login
 */
public record LockoutPolicy(int maxFailures, Duration lockFor, Duration window) {

  public LockoutPolicy {
    if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("Lockout needs at least one failure and a positive time");
    }
    if (window != null && (window.isNegative() || window.isZero())) {
      throw new IllegalArgumentException("A counting window must be positive");
    }
  }

  /** Failures in a row, as for a name. */
  public LockoutPolicy(int maxFailures, Duration lockFor) {
    this(maxFailures, lockFor, null);
  }

  /** Failures and lock after one more failure, starting from the stored ones. */
  public State afterFailure(State stored, LocalDateTime now) {
    if (stored.isLockedAt(now)) {
      return stored;
    }
    boolean windowPassed =
        window != null
            && stored.windowStarted() != null
            && !now.isBefore(stored.windowStarted().plus(window));
    int failures = (windowPassed ? 0 : stored.activeFailures(now)) + 1;
    if (failures >= maxFailures) {
      return new State(0, now.plus(lockFor), null);
    }
    return new State(failures, null, failures == 1 ? now : stored.windowStarted());
  }

  /** The key a typed name is counted under: case and surrounding spaces do not make a new name. */
  public static String key(String typedUsername) {
    String trimmed = typedUsername == null ? "" : typedUsername.trim().toLowerCase(Locale.ROOT);
    return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
  }

  /** Failures so far, when locked until when, and when the first of the failures was. */
  public record State(int failures, LocalDateTime lockedUntil, LocalDateTime windowStarted) {

    public static final State CLEAN = new State(0, null, null);

    public boolean isLockedAt(LocalDateTime now) {
      return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A lock that has passed leaves no failures behind. */
    int activeFailures(LocalDateTime now) {
      return lockedUntil != null && !now.isBefore(lockedUntil) ? 0 : failures;
    }
  }
}
