package cn.cq.police.idcard.temporary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.cq.police.idcard.applications.control.LookupOutcome;
import cn.cq.police.idcard.temporary.control.TemporaryCardRefused.Problem;
import cn.cq.police.idcard.temporary.entity.TemporaryCardReason;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporaryCardRulesTest {

  @Test
  void aValidReceiptOrOneUsedForTheApplicationInProgressHereGivesThePhoto() {
    assertEquals(Optional.empty(), TemporaryCardRules.receiptProblem(LookupOutcome.USABLE, false));
    assertEquals(
        Optional.empty(),
        TemporaryCardRules.receiptProblem(LookupOutcome.APPLICATION_IN_PROGRESS, false));
    assertEquals(
        Optional.empty(), TemporaryCardRules.receiptProblem(LookupOutcome.ALREADY_USED, true));
    assertEquals(
        Optional.of(Problem.RECEIPT_NOT_USABLE),
        TemporaryCardRules.receiptProblem(LookupOutcome.ALREADY_USED, false),
        "a receipt of a card collected long ago is stale");
  }

  @Test
  void everyOtherOutcomeIsRefused() {
    for (LookupOutcome outcome :
        EnumSet.complementOf(
            EnumSet.of(
                LookupOutcome.USABLE,
                LookupOutcome.APPLICATION_IN_PROGRESS,
                LookupOutcome.ALREADY_USED))) {
      for (boolean inProgress : new boolean[] {false, true}) {
        assertEquals(
            Optional.of(Problem.RECEIPT_NOT_USABLE),
            TemporaryCardRules.receiptProblem(outcome, inProgress),
            outcome.name());
      }
    }
  }

  @Test
  void aReasonIsChosenAndOtherSaysWhat() {
    assertEquals(Optional.of(Problem.REASON_MISSING), TemporaryCardRules.reasonProblem(null, "急用"));
    assertEquals(
        Optional.empty(),
        TemporaryCardRules.reasonProblem(TemporaryCardReason.WAITING_FOR_CARD, null));
    assertEquals(
        Optional.empty(), TemporaryCardRules.reasonProblem(TemporaryCardReason.URGENT_USE, " "));
    assertEquals(
        Optional.of(Problem.REASON_NOTE_MISSING),
        TemporaryCardRules.reasonProblem(TemporaryCardReason.OTHER, "  "));
    assertEquals(
        Optional.of(Problem.REASON_NOTE_MISSING),
        TemporaryCardRules.reasonProblem(TemporaryCardReason.OTHER, "很".repeat(201)));
    assertEquals(
        Optional.empty(), TemporaryCardRules.reasonProblem(TemporaryCardReason.OTHER, " 参加考试 "));
  }

  @Test
  void onlyOtherKeepsItsNoteTrimmed() {
    assertEquals("参加考试", TemporaryCardRules.storedNote(TemporaryCardReason.OTHER, " 参加考试 "));
    assertNull(TemporaryCardRules.storedNote(TemporaryCardReason.URGENT_USE, "typed anyway"));
  }
}
