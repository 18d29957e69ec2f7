package cn.cq.police.idcard.fees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  private final FeeSchedule chongqing = FeeSchedule.chongqingDefault();

  @Test
  void firstApplicationsBecameFreeOnFirstApril2018() {
    assertEquals(
        Amount.ofFen(2000), chongqing.amount(FeeKind.FIRST_APPLICATION, LocalDate.of(2018, 3, 31)));
    assertEquals(
        Amount.ZERO, chongqing.amount(FeeKind.FIRST_APPLICATION, LocalDate.of(2018, 4, 1)));
    assertEquals(
        Amount.ofFen(2000), chongqing.amount(FeeKind.FIRST_APPLICATION, LocalDate.of(2004, 1, 1)));
    assertEquals(
        Amount.ZERO, chongqing.amount(FeeKind.FIRST_APPLICATION, LocalDate.of(2026, 11, 25)));
  }

  @Test
  void otherKindsToday() {
    LocalDate today = LocalDate.of(2026, 11, 25);

    assertEquals(Amount.ofFen(2000), chongqing.amount(FeeKind.RENEWAL, today));
    assertEquals(Amount.ofFen(4000), chongqing.amount(FeeKind.LOST_OR_DAMAGED, today));
    assertEquals(Amount.ofFen(1000), chongqing.amount(FeeKind.TEMPORARY, today));
  }

  @Test
  void defaultHasFiveRules() {
    assertEquals(5, chongqing.rules().size());
  }

  @Test
  void noRuleBeforeSecondGenerationCards() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> chongqing.amount(FeeKind.RENEWAL, LocalDate.of(2003, 12, 31)));
    assertTrue(e.getMessage().contains("RENEWAL"), e.getMessage());
  }

  @Test
  void noRuleOfThatKind() {
    FeeSchedule schedule =
        new FeeSchedule(
            List.of(
                new FeeRule(
                    FeeKind.RENEWAL, Amount.ofFen(2000), LocalDate.of(2004, 1, 1), null, "")));

    assertThrows(
        IllegalStateException.class,
        () -> schedule.amount(FeeKind.TEMPORARY, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void overlappingRulesAreRefused() {
    FeeSchedule schedule =
        new FeeSchedule(
            List.of(
                new FeeRule(
                    FeeKind.RENEWAL,
                    Amount.ofFen(2000),
                    LocalDate.of(2004, 1, 1),
                    LocalDate.of(2020, 1, 1),
                    ""),
                new FeeRule(
                    FeeKind.RENEWAL, Amount.ofFen(1500), LocalDate.of(2020, 1, 1), null, "")));

    assertEquals(Amount.ofFen(2000), schedule.amount(FeeKind.RENEWAL, LocalDate.of(2019, 12, 31)));
    assertEquals(Amount.ofFen(1500), schedule.amount(FeeKind.RENEWAL, LocalDate.of(2020, 1, 2)));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> schedule.amount(FeeKind.RENEWAL, LocalDate.of(2020, 1, 1)));
    assertTrue(e.getMessage().contains("overlapping"), e.getMessage());
  }

  @Test
  void ruleAppliesInclusively() {
    FeeRule rule =
        new FeeRule(
            FeeKind.TEMPORARY,
            Amount.ofFen(1000),
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2010, 12, 31),
            "");

    assertFalse(rule.appliesOn(LocalDate.of(2009, 12, 31)));
    assertTrue(rule.appliesOn(LocalDate.of(2010, 1, 1)));
    assertTrue(rule.appliesOn(LocalDate.of(2010, 12, 31)));
    assertFalse(rule.appliesOn(LocalDate.of(2011, 1, 1)));
  }

  @Test
  void invalidRulesAreRejected() {
    LocalDate day = LocalDate.of(2010, 1, 1);

    // A negative amount cannot even be made: see AmountTest.
    assertThrows(
        NullPointerException.class, () -> new FeeRule(FeeKind.RENEWAL, null, day, null, ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeeRule(FeeKind.RENEWAL, Amount.ZERO, day, day.minusDays(1), ""));
  }
}
