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

  @Test
  void aPolicyNeedsAtLeastOneFailureAndATime() {
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
  }
}
