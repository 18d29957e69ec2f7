package cn.cq.police.idcard.insight.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.cq.police.idcard.FreshDatabase;
import cn.cq.police.idcard.insight.control.InsightSeed.Receipt;
import cn.cq.police.idcard.security.control.TestKeyrings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which look-ups count as outside the station's jurisdiction: those of a receipt whose household is
 * registered elsewhere, whatever region the ID number was first issued in. Runs the signal's own
 * SQL on a fresh H2 with all migrations, no container.
 */
@ExtendWith(TestKeyrings.Installed.class)
class OutsideJurisdictionTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 15, 15, 0);

  /** Fires on a single look-up outside, so every one of them is a case. */
  static final AnomalyQuery EVERY_LOOKUP_OUTSIDE =
      new AnomalyQuery(new Thresholds(3, 90, 5, 30, 3, 30, Map.of(), 1, 1.0, 7, 100));

  @Test
  void theHouseholdDecidesNotWhereTheIdNumberWasIssued() throws SQLException {
    try (FreshDatabase database = FreshDatabase.migrated()) {
      Connection connection = database.connection();
      InsightSeed seed = new InsightSeed(connection, "500103"); // 渝中区
      long clerk = seed.staff("clerk", "CLERK");
      // A Sichuan number from before 1997 (Chongqing was part of it), household in 渝中区.
      Receipt oldSichuanNumber = seed.receipt("510221", "500103");
      // A 渝中区 number, household now in 江北区, another station's jurisdiction.
      Receipt movedAway = seed.receipt("500103", "500105");
      seed.lookup(clerk, oldSichuanNumber, NOW.minusHours(2));
      seed.lookup(clerk, movedAway, NOW.minusHours(1));

      List<Anomaly> outside =
          EVERY_LOOKUP_OUTSIDE.outsideJurisdiction(connection, seed.stationId, NOW);

      assertEquals(1, outside.size(), outside.toString());
      assertEquals(1, outside.get(0).count());
      assertEquals("50%", outside.get(0).detail());
      assertEquals(List.of(movedAway.number()), outside.get(0).receiptNumbers());
    }
  }

  @Test
  void aLookUpThatShowedNoReceiptIsNeitherInsideNorOutside() throws SQLException {
    try (FreshDatabase database = FreshDatabase.migrated()) {
      InsightSeed seed = new InsightSeed(database.connection(), "500103");
      long clerk = seed.staff("clerk", "CLERK");
      seed.lookup(clerk, null, NOW.minusHours(1));

      assertEquals(
          List.of(),
          EVERY_LOOKUP_OUTSIDE.outsideJurisdiction(database.connection(), seed.stationId, NOW));
    }
  }

  /**
   * Before V23 the log's region was the typed ID number's: an old row keeps it under its true name
   * and, with no household region, no longer counts as outside.
   */
  @Test
  void lookUpsLoggedBeforeTheHouseholdWasKeptDoNotCountAsOutside() throws SQLException {
    try (FreshDatabase database = FreshDatabase.migratedTo("20")) {
      Connection connection = database.connection();
      InsightSeed seed = new InsightSeed(connection, "500103");
      long clerk = seed.staff("clerk", "CLERK");
      Receipt oldSichuanNumber = seed.receipt("510221", "500103");
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into receipt_lookup (station_id, staff_id, receipt_number, receipt_id,"
                  + " household_region_code, outcome, looked_up_at)"
                  + " values (?, ?, ?, ?, '510221', 'USABLE', ?)")) {
        insert.setLong(1, seed.stationId);
        insert.setLong(2, clerk);
        insert.setString(3, oldSichuanNumber.number());
        insert.setLong(4, oldSichuanNumber.id());
        insert.setObject(5, NOW.minusHours(1));
        insert.executeUpdate();
      }

      database.migrateTo("latest");

      try (PreparedStatement query =
              connection.prepareStatement(
                  "select id_number_region_code, household_region_code from receipt_lookup"
                      + " where station_id = ?");
          ResultSet row = bind(query, seed.stationId).executeQuery()) {
        row.next();
        assertEquals("510221", row.getString(1));
        assertNull(row.getString(2));
      }
      assertEquals(
          List.of(), EVERY_LOOKUP_OUTSIDE.outsideJurisdiction(connection, seed.stationId, NOW));
    }
  }

  private static PreparedStatement bind(PreparedStatement statement, long stationId)
      throws SQLException {
    statement.setLong(1, stationId);
    return statement;
  }
}
