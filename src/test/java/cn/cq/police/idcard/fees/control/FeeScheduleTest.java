package cn.cq.police.idcard.fees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.fees.entity.FeeKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  private final FeeSchedule chongqing = FeeSchedule.chongqingDefault();

  @Test
  void firstApplicationsBecameFreeOnFirstApril2018() {
    assertEquals(2000, chongqing.amountFen(FeeKind.FIRST_APPLICATION, LocalDate.of(2018, 3, 31)));
    assertEquals(0, chongqing.amountFen(FeeKind.FIRST_APPLICATION, LocalDate.of(2018, 4, 1)));
    assertEquals(2000, chongqing.amountFen(FeeKind.FIRST_APPLICATION, LocalDate.of(2004, 1, 1)));
    assertEquals(0, chongqing.amountFen(FeeKind.FIRST_APPLICATION, LocalDate.of(2026, 11, 25)));
  }

  @Test
  void otherKindsToday() {
    LocalDate today = LocalDate.of(2026, 11, 25);

    assertEquals(2000, chongqing.amountFen(FeeKind.RENEWAL, today));
    assertEquals(4000, chongqing.amountFen(FeeKind.LOST_OR_DAMAGED, today));
    assertEquals(1000, chongqing.amountFen(FeeKind.TEMPORARY, today));
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
            () -> chongqing.amountFen(FeeKind.RENEWAL, LocalDate.of(2003, 12, 31)));
    assertTrue(e.getMessage().contains("RENEWAL"), e.getMessage());
  }

  @Test
  void noRuleOfThatKind() {
    FeeSchedule schedule =
        new FeeSchedule(
            List.of(new FeeRule(FeeKind.RENEWAL, 2000, LocalDate.of(2004, 1, 1), null, "")));

    assertThrows(
        IllegalStateException.class,
        () -> schedule.amountFen(FeeKind.TEMPORARY, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void overlappingRulesAreRefused() {
    FeeSchedule schedule =
        new FeeSchedule(
            List.of(
                new FeeRule(
                    FeeKind.RENEWAL, 2000, LocalDate.of(2004, 1, 1), LocalDate.of(2020, 1, 1), ""),
                new FeeRule(FeeKind.RENEWAL, 1500, LocalDate.of(2020, 1, 1), null, "")));

    assertEquals(2000, schedule.amountFen(FeeKind.RENEWAL, LocalDate.of(2019, 12, 31)));
    assertEquals(1500, schedule.amountFen(FeeKind.RENEWAL, LocalDate.of(2020, 1, 2)));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> schedule.amountFen(FeeKind.RENEWAL, LocalDate.of(2020, 1, 1)));
    assertTrue(e.getMessage().contains("overlapping"), e.getMessage());
  }

  @Test
  void ruleAppliesInclusively() {
    FeeRule rule =
        new FeeRule(
            FeeKind.TEMPORARY, 1000, LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31), "");

    assertFalse(rule.appliesOn(LocalDate.of(2009, 12, 31)));
    assertTrue(rule.appliesOn(LocalDate.of(2010, 1, 1)));
    assertTrue(rule.appliesOn(LocalDate.of(2010, 12, 31)));
    assertFalse(rule.appliesOn(LocalDate.of(2011, 1, 1)));
  }

  @Test
  void invalidRulesAreRejected() {
    LocalDate day = LocalDate.of(2010, 1, 1);

    assertThrows(
        IllegalArgumentException.class, () -> new FeeRule(FeeKind.RENEWAL, -1, day, null, ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeeRule(FeeKind.RENEWAL, 0, day, day.minusDays(1), ""));
  }
}
