package cn.cq.police.idcard.insight.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The insight component's pure rules: thresholds, settings, spans, waits, masking, dialects. */
class InsightRulesTest {

  static Thresholds outside(int perDay, double share) {
    return new Thresholds(3, 90, 5, 30, 3, 30, Map.of(), perDay, share, 7, 100);
  }

  @Test
  void aDayFiresOnTheCountOrOnTheShareFromThreeLookUps() {
    Thresholds cut = outside(10, 0.5);
    assertTrue(cut.outsideFires(10, 100));
    assertFalse(cut.outsideFires(9, 100));
    assertTrue(cut.outsideFires(3, 6));
    assertFalse(cut.outsideFires(3, 7));
    assertFalse(cut.outsideFires(2, 2), "two stray look-ups on a quiet day are not a case");
    assertFalse(cut.outsideFires(0, 0));
  }

  @Test
  void stuckDaysAreReadInOrderAndMistakesRefused() {
    assertEquals(
        List.of("AWAITING_APPROVAL", "SUBMITTED"),
        List.copyOf(InsightSettings.parseStuckDays("awaiting_approval:2, SUBMITTED : 5").keySet()));
    assertEquals(5, InsightSettings.parseStuckDays("SUBMITTED:5").get("SUBMITTED"));
    assertThrows(IllegalArgumentException.class, () -> InsightSettings.parseStuckDays("SUBMITTED"));
    assertThrows(
        IllegalArgumentException.class, () -> InsightSettings.parseStuckDays("SUBMITTED:0"));
    assertThrows(NumberFormatException.class, () -> InsightSettings.parseStuckDays("SUBMITTED:x"));
  }

  @Test
  void spansAreHalfOpenDaysAndMonths() {
    LocalDate day = LocalDate.of(2026, 2, 28);
    assertEquals(
        new Span(day.atStartOfDay(), LocalDate.of(2026, 3, 1).atStartOfDay()), Span.day(day));
    assertEquals(
        new Span(LocalDate.of(2026, 2, 1).atStartOfDay(), LocalDate.of(2026, 3, 1).atStartOfDay()),
        Span.monthOf(day));
    LocalDateTime now = LocalDateTime.of(2026, 3, 15, 15, 0);
    assertEquals(new Span(now.minusDays(30), now), Span.daysBefore(now, 30));
  }

  @Test
  void waitsAreShownInMinutesHoursOrDays() {
    assertEquals(new Waits.Shown("minutes", new BigDecimal("20")), Waits.shown(1200));
    assertEquals(new Waits.Shown("minutes", new BigDecimal("119")), Waits.shown(7140));
    assertEquals(new Waits.Shown("hours", new BigDecimal("2.0")), Waits.shown(7200));
    assertEquals(new Waits.Shown("hours", new BigDecimal("47.5")), Waits.shown(171000));
    assertEquals(new Waits.Shown("days", new BigDecimal("23.0")), Waits.shown(1987200));
  }

  @Test
  void agentIdNumbersLeaveMasked() {
    assertEquals("500103********123X", AnomalyQuery.masked("50010319700505123X"));
    assertEquals("500103********1234", AnomalyQuery.masked("500103197005051234"));
    assertEquals("*********", AnomalyQuery.masked("123456789"));
  }

  @Test
  void theDialectFollowsTheDatabaseProduct() {
    assertEquals(SqlDialect.POSTGRESQL, SqlDialect.of("PostgreSQL"));
    assertEquals(SqlDialect.H2, SqlDialect.of("H2"));
    assertEquals("datediff(SECOND, a, b)", SqlDialect.H2.secondsBetween("a", "b"));
    assertEquals("extract(epoch from (b - a))", SqlDialect.POSTGRESQL.secondsBetween("a", "b"));
  }
}
