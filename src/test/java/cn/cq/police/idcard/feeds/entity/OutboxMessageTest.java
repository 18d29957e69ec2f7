package cn.cq.police.idcard.feeds.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

  static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 25, 9, 0);
  static final Duration BASE = Duration.ofSeconds(5);
  static final Duration MAX = Duration.ofSeconds(60);

  @Test
  void aNewMessageIsDueAtOnce() {
    OutboxMessage cut = new OutboxMessage(1L, "500103510001202611250001", T0);
    assertTrue(cut.isPending());
    assertEquals(T0, cut.getNextAttemptAt());
    assertEquals(0, cut.getAttempts());
  }

  @Test
  void eachFailureDoublesTheWaitUpToTheCap() {
    OutboxMessage cut = new OutboxMessage(1L, "k", T0);
    long[] expectedWaits = {5, 10, 20, 40, 60, 60};
    for (long wait : expectedWaits) {
      cut.failed(T0, "HTTP 500", BASE, MAX);
      assertEquals(T0.plusSeconds(wait), cut.getNextAttemptAt());
    }
    assertEquals(expectedWaits.length, cut.getAttempts());
    assertEquals("HTTP 500", cut.getLastError());
    assertTrue(cut.isPending());
  }

  @Test
  void aLongErrorIsCutToTheColumn() {
    OutboxMessage cut = new OutboxMessage(1L, "k", T0);
    cut.failed(T0, "x".repeat(1000), BASE, MAX);
    assertEquals(300, cut.getLastError().length());
  }

  @Test
  void manyFailuresDoNotOverflowTheBackOff() {
    OutboxMessage cut = new OutboxMessage(1L, "k", T0);
    for (int i = 0; i < 100; i++) {
      cut.failed(T0, "down", BASE, MAX);
    }
    assertEquals(T0.plus(MAX), cut.getNextAttemptAt());
  }

  @Test
  void deliveredAndWithdrawnMessagesAreNoLongerPending() {
    OutboxMessage delivered = new OutboxMessage(1L, "a", T0);
    delivered.delivered(T0.plusSeconds(1));
    assertFalse(delivered.isPending());
    assertEquals(OutboxMessage.State.DELIVERED, delivered.getState());
    assertEquals(1, delivered.getAttempts());
    OutboxMessage withdrawn = new OutboxMessage(2L, "b", T0);
    withdrawn.withdraw();
    assertEquals(OutboxMessage.State.WITHDRAWN, withdrawn.getState());
    assertEquals(0, withdrawn.getAttempts());
  }
}
