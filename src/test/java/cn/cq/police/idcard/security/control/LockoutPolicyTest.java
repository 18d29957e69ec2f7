package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.security.control.LockoutPolicy.State;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

  static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(30));
  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

  static State failTimes(int times) {
    State state = State.CLEAN;
    for (int i = 0; i < times; i++) {
      state = POLICY.afterFailure(state, NOW.plusSeconds(i));
    }
    return state;
  }

  @Test
  void fourFailuresDoNotLock() {
    State state = failTimes(4);
    assertEquals(4, state.failures());
    assertFalse(state.isLockedAt(NOW.plusSeconds(5)));
  }

  @Test
  void theFifthFailureLocksForThirtyMinutes() {
    State state = failTimes(5);
    assertTrue(state.isLockedAt(NOW.plusSeconds(4)));
    assertTrue(state.isLockedAt(NOW.plusSeconds(4).plusMinutes(29)));
    assertFalse(state.isLockedAt(NOW.plusSeconds(4).plusMinutes(30)));
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    State locked = failTimes(5);
    State again = POLICY.afterFailure(locked, NOW.plusMinutes(10));
    assertEquals(locked.lockedUntil(), again.lockedUntil());
  }

  @Test
  void afterTheLockPassesCountingStartsAgain() {
    State locked = failTimes(5);
    State later = POLICY.afterFailure(locked, NOW.plusMinutes(31));
    assertEquals(1, later.failures());
    assertFalse(later.isLockedAt(NOW.plusMinutes(31)));
  }

  @Test
  void namesDifferingOnlyInCaseOrSpacesCountTogether() {
    assertEquals(LockoutPolicy.key("  Yuzhong.Clerk "), LockoutPolicy.key("yuzhong.clerk"));
    assertEquals(100, LockoutPolicy.key("x".repeat(500)).length());
    assertEquals("", LockoutPolicy.key(null));
  }

  /** An address: 3 failures within 10 minutes lock it for 5. */
  static final LockoutPolicy ADDRESS =
      new LockoutPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(10));

  @Test
  void failuresWithinTheWindowLockAnAddress() {
    State state = ADDRESS.afterFailure(State.CLEAN, NOW);
    state = ADDRESS.afterFailure(state, NOW.plusMinutes(4));
    assertEquals(NOW, state.windowStarted());
    state = ADDRESS.afterFailure(state, NOW.plusMinutes(9));
    assertTrue(state.isLockedAt(NOW.plusMinutes(9)));
    assertFalse(state.isLockedAt(NOW.plusMinutes(14)));
  }

  @Test
  void failuresSpreadBeyondTheWindowNeverLockAnAddress() {
    State state = State.CLEAN;
    for (int i = 0; i < 30; i++) {
      state = ADDRESS.afterFailure(state, NOW.plusMinutes(6L * i));
      assertFalse(state.isLockedAt(NOW.plusMinutes(6L * i)), "failure " + i);
    }
    // Only failures within ten minutes of the window's first count: never more than two.
    assertTrue(state.failures() <= 2, String.valueOf(state.failures()));
  }

  @Test
  void aPolicyNeedsAtLeastOneFailureAndATime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
  }
}
