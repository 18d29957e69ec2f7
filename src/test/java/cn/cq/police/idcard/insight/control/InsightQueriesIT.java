package cn.cq.police.idcard.insight.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.insight.control.Dashboard.ClerkFigures;
import cn.cq.police.idcard.insight.control.Dashboard.DayCount;
import cn.cq.police.idcard.insight.control.Dashboard.ReasonCount;
import cn.cq.police.idcard.insight.control.Dashboard.Spread;
import cn.cq.police.idcard.insight.control.InsightSeed.App;
import cn.cq.police.idcard.insight.control.InsightSeed.Receipt;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures and the anomaly signals on a real database (H2, and PostgreSQL in
 * bin/verify), each test on stations of its own seeded row by row, with a fixed "now": figures
 * equal the hand-computed values, each signal fires on data built to trigger it, and none fires on
 * data just below every threshold.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class InsightQueriesIT {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 15, 15, 0);

  static final Thresholds THRESHOLDS =
      new Thresholds(
          3,
          90,
          5,
          30,
          3,
          30,
          new LinkedHashMap<>(
              Map.of("AWAITING_APPROVAL", 2, "SUBMITTED", 5, "ARRIVED_AT_STATION", 60)),
          10,
          0.5,
          7,
          100);

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject DashboardDays days;

  private static LocalDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute);
  }

  @Test
  void dashboardFiguresEqualTheHandComputedOnes() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      InsightSeed seed = new InsightSeed(connection, "500101");
      InsightSeed other = new InsightSeed(connection, "500101");
      long a = seed.staff("clerkA", "CLERK");
      long b = seed.staff("clerkB", "CLERK");
      long supervisor = seed.staff("super", "SUPERVISOR");
      long otherClerk = other.staff("clerkO", "CLERK");

      App app1 = seed.application(a, "SUBMITTED", at(3, 15, 10, 0), null);
      seed.lookup(a, app1.receipt(), at(3, 15, 9, 50));
      seed.lookup(a, app1.receipt(), at(3, 15, 9, 55));
      seed.lookup(a, app1.receipt(), at(3, 15, 11, 0)); // after the submit
      other.lookupAt(other.stationId, otherClerk, app1.receipt(), at(3, 15, 9, 0));
      App app2 = seed.application(a, "SUBMITTED", at(3, 15, 12, 0), null);
      seed.lookup(a, app2.receipt(), at(3, 15, 11, 30));
      App app3 = seed.application(b, "COLLECTED", at(3, 3, 9, 0), at(3, 10, 9, 0));
      seed.lookup(b, app3.receipt(), at(3, 3, 8, 0));
      seed.application(b, "COLLECTED", at(2, 20, 9, 0), at(3, 15, 9, 0));
      App app5 = seed.application(a, "SUBMITTED", at(3, 1, 0, 0), null);
      seed.application(a, "SUBMITTED", LocalDateTime.of(2026, 2, 28, 23, 59, 59), null);
      other.application(otherClerk, "SUBMITTED", at(3, 15, 10, 0), null);

      seed.refusal(a, "RELATIONSHIP_NOT_ALLOWED", at(3, 15, 9, 0));
      seed.refusal(b, "RELATIONSHIP_NOT_ALLOWED", at(3, 15, 14, 0));
      seed.refusal(a, "NOT_ABROAD", at(3, 2, 9, 0));
      seed.refusal(a, "NOT_ABROAD", at(2, 27, 9, 0)); // last month

      seed.decision(app1.id(), "RETURNED", "PHOTO_UNCLEAR", supervisor, at(3, 15, 13, 0));
      seed.decision(app3.id(), "RETURNED", "PHOTO_UNCLEAR", supervisor, at(3, 4, 9, 0));
      seed.decision(app5.id(), "RETURNED", "MISSING_SIGNATURE", supervisor, at(3, 5, 9, 0));
      seed.decision(app2.id(), "APPROVED", null, supervisor, at(3, 15, 13, 0));

      seed.payment(app1.id(), a, at(3, 15, 10, 0), true, false);
      seed.payment(app3.id(), b, at(3, 3, 9, 0), false, true);
      seed.payment(app2.id(), a, at(3, 15, 12, 0), false, false);
      // 邮寄送证: postage paid today, postage on a voided payment, cards posted this month.
      seed.postage(app2.id(), 1500);
      seed.postage(app1.id(), 1500);
      seed.posted(app3.id(), at(3, 4, 10, 0));
      seed.posted(app5.id(), at(3, 15, 9, 0));

      DashboardQuery query = new DashboardQuery(SqlDialect.of(connection));
      // First all live, then with the month's complete days (1-14 March) stored: the same figures.
      Dashboard live = query.compute(connection, seed.stationId, NOW);
      assertEquals(14, query.summarizeCompleteDays(connection, seed.stationId, NOW));
      assertEquals(0, query.summarizeCompleteDays(connection, seed.stationId, NOW));
      Dashboard d = query.compute(connection, seed.stationId, NOW);
      assertEquals(live, d);
      // Stored days are not aggregated again: a late row stamped on a stored day is not counted.
      seed.application(b, "SUBMITTED", at(3, 2, 10, 0), null);
      assertEquals(d, query.compute(connection, seed.stationId, NOW));

      assertEquals(2, d.todays().submitted());
      assertEquals(4, d.months().submitted());
      assertEquals(1, d.todays().collected());
      assertEquals(2, d.months().collected());
      assertEquals(4, d.todays().lookups());
      assertEquals(5, d.months().lookups());
      assertEquals(2, d.todays().refusals());
      assertEquals(3, d.months().refusals());
      assertEquals(1, d.todays().returns());
      assertEquals(3, d.months().returns());
      assertEquals(1, d.todays().posted());
      assertEquals(2, d.months().posted());
      assertEquals(1500, d.todays().postageFen(), "a voided payment's postage is not taken");
      assertEquals(1500, d.months().postageFen());

      assertSpread(2, 1200, 1680, d.todays().lookupToSubmit());
      assertSpread(3, 1800, 3240, d.months().lookupToSubmit());
      assertSpread(1, 1987200, 1987200, d.todays().submitToCollection());
      assertSpread(2, 1296000, 1848960, d.months().submitToCollection());

      assertEquals(
          List.of(
              new DayCount(LocalDate.of(2026, 3, 1), 1),
              new DayCount(LocalDate.of(2026, 3, 3), 1),
              new DayCount(LocalDate.of(2026, 3, 15), 2)),
          d.submittedPerDay());
      assertEquals(
          List.of(new ReasonCount("RELATIONSHIP_NOT_ALLOWED", 2), new ReasonCount("NOT_ABROAD", 1)),
          d.refusalReasons());
      assertEquals(
          List.of(new ReasonCount("PHOTO_UNCLEAR", 2), new ReasonCount("MISSING_SIGNATURE", 1)),
          d.returnReasons());

      assertEquals(2, d.clerks().size(), d.clerks().toString());
      ClerkFigures clerkA = d.clerks().get(0);
      ClerkFigures clerkB = d.clerks().get(1);
      assertEquals("clerkA", clerkA.name());
      assertEquals(List.of(3L, 2L, 1L, 0L, 4L), figures(clerkA));
      assertEquals(List.of(1L, 1L, 0L, 1L, 1L), figures(clerkB));
    }
  }

  private static List<Long> figures(ClerkFigures clerk) {
    return List.of(
        clerk.submitted(), clerk.returned(), clerk.voided(), clerk.exempted(), clerk.lookups());
  }

  private static void assertSpread(long count, double median, double p90, Spread spread) {
    assertEquals(count, spread.count(), spread.toString());
    assertEquals(median, spread.medianSeconds(), 0.5, spread.toString());
    assertEquals(p90, spread.p90Seconds(), 0.5, spread.toString());
  }

  /**
   * Enough stored waits that a page open reads only a window of their positions: the month's median
   * and 90th percentile must still be those of all waits, ties included.
   */
  @Test
  void monthPercentilesFromStoredPositionsEqualThoseOfAllWaits() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      InsightSeed seed = new InsightSeed(connection, "500101");
      long clerk = seed.staff("clerk", "CLERK");
      for (int i = 0; i < 60; i++) {
        LocalDateTime submitted = at(3, 1 + i % 14, 9, 0).plusMinutes(i);
        App app = seed.application(clerk, "COLLECTED", submitted, submitted.plusHours(1 + i % 7));
        seed.lookup(clerk, app.receipt(), submitted.minusMinutes(5 + (i * 37) % 50));
      }
      for (int i = 0; i < 4; i++) {
        LocalDateTime submitted = at(3, 15, 9, 0).plusMinutes(i);
        App app = seed.application(clerk, "COLLECTED", submitted, submitted.plusHours(i));
        seed.lookup(clerk, app.receipt(), submitted.minusMinutes(7 * i));
      }
      DashboardQuery query = new DashboardQuery(SqlDialect.of(connection));
      Dashboard live = query.compute(connection, seed.stationId, NOW);
      assertEquals(14, query.summarizeCompleteDays(connection, seed.stationId, NOW));
      Dashboard stored = query.compute(connection, seed.stationId, NOW);
      assertEquals(live.months(), stored.months());
      assertEquals(live.todays(), stored.todays());
      assertEquals(64, stored.months().lookupToSubmit().count());
      assertEquals(64, stored.months().submitToCollection().count());
      // 60 stored waits of 1..7 hours (i % 7 + 1) and 4 live of 0..3 hours: sorted, the
      // median (position 31.5) lies between two 4-hour waits, the 90th percentile (56.7)
      // among the 7-hour ones.
      assertSpread(64, 4 * 3600, 7 * 3600, stored.months().submitToCollection());
    }
  }

  /**
   * The dashboard stores complete days in a transaction of its own: committed when it wins, and
   * nothing of the attempt left when another member stored one of the days first.
   */
  @Test
  void completeDaysAreStoredInATransactionOfTheirOwnOrNotAtAll() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      InsightSeed seed = new InsightSeed(connection, "500101");
      long clerk = seed.staff("clerk", "CLERK");
      seed.application(clerk, "SUBMITTED", at(3, 2, 9, 0), null);
      InsightSeed raced = new InsightSeed(connection, "500101");
      raced.application(raced.staff("clerk", "CLERK"), "SUBMITTED", at(3, 2, 9, 0), null);
      raced.storedDay(LocalDate.of(2026, 3, 10), NOW.minusMinutes(1));

      assertEquals(0, days.storeCompleteDays(raced.stationId, NOW));
      assertEquals(1, raced.rowsOf("dashboard_day"));
      assertEquals(0, raced.rowsOf("dashboard_day_count"));
      assertEquals(0, raced.rowsOf("dashboard_month"));

      assertEquals(14, days.storeCompleteDays(seed.stationId, NOW));
      assertEquals(0, days.storeCompleteDays(seed.stationId, NOW));
      assertEquals(14, seed.rowsOf("dashboard_day"));
      assertEquals(1, seed.rowsOf("dashboard_month"));
    }
  }

  @Test
  void anEmptyStationHasZerosAndNoWaits() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      InsightSeed seed = new InsightSeed(connection, "500101");
      seed.staff("clerk", "CLERK");
      Dashboard d =
          new DashboardQuery(SqlDialect.of(connection)).compute(connection, seed.stationId, NOW);
      assertEquals(0, d.months().submitted());
      assertTrue(d.months().lookupToSubmit().isEmpty());
      assertTrue(d.months().submitToCollection().isEmpty());
      assertEquals(1, d.clerks().size());
    }
  }

  @Test
  void eachSignalFiresOnDataBuiltToTriggerIt() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      InsightSeed seed = new InsightSeed(connection, "500101");
      long a = seed.staff("clerkA", "CLERK");
      long b = seed.staff("clerkB", "CLERK");

      // 1. One agent for three different applicants within 90 days; another for two.
      String agent = CitizenIdNumber.of("500103", LocalDate.of(1970, 5, 5), 123).value();
      String modest = CitizenIdNumber.of("500103", LocalDate.of(1971, 5, 5), 124).value();
      for (int i = 0; i < 3; i++) {
        seed.proxy(seed.application(a, "COLLECTED", NOW.minusDays(10 + i), null).id(), agent);
      }
      for (int i = 0; i < 2; i++) {
        seed.proxy(seed.application(a, "COLLECTED", NOW.minusDays(10 + i), null).id(), modest);
      }
      // 2. Clerk A: 3 voids and 2 exemptions in 30 days; clerk B: 4, and one 40 days ago.
      for (int i = 0; i < 5; i++) {
        App app = seed.application(a, "COLLECTED", NOW.minusDays(5), null);
        seed.payment(app.id(), a, NOW.minusDays(5), i < 3, i >= 3);
      }
      for (int i = 0; i < 5; i++) {
        LocalDateTime when = i == 0 ? NOW.minusDays(40) : NOW.minusDays(5);
        App app = seed.application(b, "COLLECTED", when, null);
        seed.payment(app.id(), b, when, true, false);
      }
      // 3. A receipt looked up three times and never used; a used one; one looked up twice.
      Receipt unused = seed.receipt("500101");
      Receipt twice = seed.receipt("500101");
      App used = seed.application(a, "COLLECTED", NOW.minusDays(1), null);
      for (int i = 0; i < 3; i++) {
        seed.lookup(a, unused, NOW.minusDays(3).plusHours(i));
        seed.lookup(a, used.receipt(), NOW.minusDays(3).plusHours(i));
      }
      seed.lookup(a, twice, NOW.minusDays(3));
      seed.lookup(a, twice, NOW.minusDays(2));
      // 4. Awaiting approval for 3 days (limit 2); submitted 2 days ago (limit 5); arrived long
      // ago but changed yesterday.
      App waiting = seed.application(a, "AWAITING_APPROVAL", NOW.minusDays(3), null);
      seed.application(a, "SUBMITTED", NOW.minusDays(2), null);
      App arrived = seed.application(a, "ARRIVED_AT_STATION", NOW.minusDays(200), null);
      seed.statusChange(arrived.id(), "ARRIVED_AT_STATION", NOW.minusDays(1), a);
      // 5. Look-ups of receipts whose household is outside the jurisdiction: yesterday 10 of 30
      // (count); the day before 3 of 5 (share); three days ago 2 of 2 (too few); ten days ago 20
      // (outside the window). The household counts, not where the ID number was issued: the
      // outside ones carry numbers of the station's own region, the inside ones old Sichuan
      // numbers (51xxxx, before 1997). Look-ups that showed no receipt have no household.
      for (int i = 0; i < 30; i++) {
        seed.lookup(b, householdIn(seed, i < 10), NOW.minusDays(1).minusMinutes(i));
        seed.lookup(b, null, NOW.minusDays(1).minusMinutes(i));
      }
      for (int i = 0; i < 5; i++) {
        seed.lookup(b, householdIn(seed, i < 3), NOW.minusDays(2).plusMinutes(i));
      }
      for (int i = 0; i < 2; i++) {
        seed.lookup(b, householdIn(seed, true), NOW.minusDays(3).plusMinutes(i));
      }
      for (int i = 0; i < 20; i++) {
        seed.lookup(b, householdIn(seed, true), NOW.minusDays(10).plusMinutes(i));
      }

      AnomalyReport report =
          new AnomalyReport(
              seed.stationId,
              NOW,
              new AnomalyQuery(THRESHOLDS).detect(connection, seed.stationId, NOW));

      List<Anomaly> agents = report.of(Signal.AGENT_FOR_MANY);
      assertEquals(1, agents.size(), agents.toString());
      assertEquals(CitizenIdNumber.parse(agent).masked(), agents.get(0).subject());
      assertEquals(3, agents.get(0).count());
      assertEquals(3, agents.get(0).acceptanceNumbers().size());
      assertTrue(report.toString().indexOf(agent) < 0, "full agent ID number leaked");

      List<Anomaly> voids = report.of(Signal.VOIDS_BY_CLERK);
      assertEquals(1, voids.size(), voids.toString());
      assertEquals("clerkA", voids.get(0).subject());
      assertEquals(5, voids.get(0).count());
      assertEquals("3/2", voids.get(0).detail());
      assertEquals(5, voids.get(0).acceptanceNumbers().size());

      List<Anomaly> unusedCases = report.of(Signal.UNUSED_LOOKUPS);
      assertEquals(1, unusedCases.size(), unusedCases.toString());
      assertEquals(unused.number(), unusedCases.get(0).subject());
      assertEquals(3, unusedCases.get(0).count());

      List<Anomaly> stuck = report.of(Signal.STUCK);
      assertEquals(1, stuck.size(), stuck.toString());
      assertEquals(waiting.acceptanceNumber(), stuck.get(0).subject());
      assertEquals("AWAITING_APPROVAL", stuck.get(0).detail());
      assertEquals(3, stuck.get(0).count());

      List<Anomaly> outside = report.of(Signal.OUTSIDE_JURISDICTION);
      assertEquals(2, outside.size(), outside.toString());
      assertEquals(NOW.toLocalDate().minusDays(1).toString(), outside.get(0).subject());
      assertEquals(10, outside.get(0).count());
      assertEquals("33%", outside.get(0).detail());
      assertEquals(NOW.toLocalDate().minusDays(2).toString(), outside.get(1).subject());
      assertEquals(3, outside.get(1).count());
      assertEquals(3, outside.get(1).receiptNumbers().size());
    }
  }

  @Test
  void noSignalFiresOnDataJustBelowEveryThreshold() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      InsightSeed seed = new InsightSeed(connection, "500101");
      long a = seed.staff("clerkA", "CLERK");
      String agent = CitizenIdNumber.of("500103", LocalDate.of(1972, 5, 5), 125).value();
      for (int i = 0; i < 2; i++) {
        seed.proxy(seed.application(a, "SUBMITTED", NOW.minusDays(1), null).id(), agent);
      }
      // The same agent for a third applicant, but 100 days ago.
      seed.proxy(seed.application(a, "COLLECTED", NOW.minusDays(100), null).id(), agent);
      for (int i = 0; i < 4; i++) {
        App app = seed.application(a, "COLLECTED", NOW.minusDays(5), null);
        seed.payment(app.id(), a, NOW.minusDays(5), i < 2, i >= 2);
      }
      Receipt twice = seed.receipt("500101");
      seed.lookup(a, twice, NOW.minusDays(1));
      seed.lookup(a, twice, NOW.minusHours(1));
      seed.application(a, "AWAITING_APPROVAL", NOW.minusDays(1), null);
      seed.application(a, "COLLECTED", NOW.minusDays(300), null);
      for (int i = 0; i < 9; i++) {
        seed.lookup(a, householdIn(seed, true), NOW.minusDays(1).minusMinutes(i));
      }
      for (int i = 0; i < 10; i++) {
        seed.lookup(a, householdIn(seed, false), NOW.minusDays(1).minusMinutes(20 + i));
      }

      List<Anomaly> found = new AnomalyQuery(THRESHOLDS).detect(connection, seed.stationId, NOW);

      assertEquals(List.of(), found);
    }
  }

  /**
   * A receipt of a household outside the seed's jurisdiction (500101) with an ID number from inside
   * it, or of a household inside it with an old Sichuan number: only the household counts.
   */
  static Receipt householdIn(InsightSeed seed, boolean outside) throws SQLException {
    return outside ? seed.receipt("500101", "500230") : seed.receipt("510221", "500101");
  }
}
