package cn.cq.police.idcard.insight.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.FreshDatabase;
import cn.cq.police.idcard.insight.control.InsightSeed.App;
import cn.cq.police.idcard.insight.control.ReadColumns.Table;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.security.control.CryptoSuite;
import cn.cq.police.idcard.security.control.TestKeyrings;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Insight's dependency on other components' tables, checked without a container: every table and
 * column {@link ReadColumns} names exists once all migrations have run, so a migration that drops
 * or renames one fails here; and every statement insight builds runs on that schema.
 */
class ReadColumnsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 15, 15, 0);

  @Test
  void everyColumnInsightReadsIsThereAfterAllMigrations() throws SQLException {
    try (FreshDatabase database = FreshDatabase.migrated()) {
      Map<String, Set<String>> schema = columnsByTable(database.connection().getMetaData());
      List<String> missing = new ArrayList<>();
      for (Table table : ReadColumns.tables()) {
        Set<String> columns = schema.getOrDefault(table.name(), Set.of());
        table.columns().stream()
            .filter(column -> !columns.contains(column))
            .sorted()
            .forEach(
                column -> missing.add(table.name() + "." + column + " of " + table.component()));
      }
      assertEquals(
          List.of(), missing, "Insight reads what the migrations no longer have (see ReadColumns)");
    }
  }

  /** Table name to column names, lower case as the SQL writes them (H2 keeps them upper case). */
  private static Map<String, Set<String>> columnsByTable(DatabaseMetaData metaData)
      throws SQLException {
    Map<String, Set<String>> columns = new HashMap<>();
    try (ResultSet rows = metaData.getColumns(null, null, "%", "%")) {
      while (rows.next()) {
        if ("public".equalsIgnoreCase(rows.getString("TABLE_SCHEM"))) {
          columns
              .computeIfAbsent(
                  rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT), name -> new HashSet<>())
              .add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }

  @Test
  void theNamedTablesAreOtherComponentsTables() {
    List<Table> tables = ReadColumns.tables();
    assertEquals(13, tables.size());
    tables.forEach(table -> assertNotEquals("insight", table.component(), table.name()));
  }

  @Test
  void aReferenceBecomesThePlainName() {
    assertEquals(
        "select a.submitted_at from application a where a.station_id = ?",
        ReadColumns.sql(
            "select a.{application.submitted_at} from {application} a"
                + " where a.{application.station_id} = ?"));
  }

  @Test
  void aReferenceToWhatIsNotNamedIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ReadColumns.sql("select {application.nickname}"));
    assertThrows(IllegalArgumentException.class, () -> ReadColumns.sql("from {applications}"));
    // Insight's own tables are written plainly, not referenced.
    assertThrows(IllegalArgumentException.class, () -> ReadColumns.sql("from {dashboard_day}"));
  }

  /**
   * A little of everything, with thresholds of one, so that each dashboard and anomaly statement
   * runs (the cases of a signal are read only when it fires) and finds what it looks for.
   */
  @Test
  void everyStatementInsightBuildsRunsOnTheMigratedSchema() throws SQLException {
    SealedColumns.use(TestKeyrings.of(CryptoSuite.NATIONAL, 1));
    try (FreshDatabase database = FreshDatabase.migrated()) {
      Connection connection = database.connection();
      InsightSeed seed = new InsightSeed(connection, "500101");
      long clerk = seed.staff("clerk", "CLERK");
      App collected = seed.application(clerk, "COLLECTED", NOW.minusDays(3), NOW.minusDays(1));
      seed.lookup(clerk, collected.receipt(), NOW.minusDays(3).minusHours(1));
      seed.lookup(clerk, seed.receipt("500230"), NOW.minusDays(2));
      seed.proxy(collected.id(), "500103197005050013");
      seed.payment(collected.id(), clerk, NOW.minusDays(3), true, false);
      seed.decision(collected.id(), "RETURNED", "PHOTO_UNCLEAR", clerk, NOW.minusDays(2));
      seed.refusal(clerk, "NOT_ABROAD", NOW.minusDays(2));
      App today = seed.application(clerk, "SUBMITTED", NOW.minusHours(1), null);
      seed.lookup(clerk, today.receipt(), NOW.minusHours(2));

      DashboardQuery dashboard = new DashboardQuery(SqlDialect.of(connection));
      assertEquals(14, dashboard.summarizeCompleteDays(connection, seed.stationId, NOW));
      Dashboard figures = dashboard.compute(connection, seed.stationId, NOW);
      assertEquals(2, figures.months().submitted());
      assertEquals(1, figures.months().collected());
      assertEquals(3, figures.months().lookups());
      assertEquals(1, figures.months().refusals());
      assertEquals(1, figures.months().returns());
      assertEquals(2, figures.months().lookupToSubmit().count());
      assertEquals(1, figures.clerks().get(0).voided());

      Thresholds everything =
          new Thresholds(1, 90, 1, 30, 1, 30, Map.of("SUBMITTED", 0), 1, 1.0, 7, 100);
      Set<Signal> fired = EnumSet.noneOf(Signal.class);
      new AnomalyQuery(everything)
          .detect(connection, seed.stationId, NOW)
          .forEach(anomaly -> fired.add(anomaly.signal()));
      assertEquals(EnumSet.allOf(Signal.class), fired);
    } finally {
      SealedColumns.use(null);
    }
  }
}
