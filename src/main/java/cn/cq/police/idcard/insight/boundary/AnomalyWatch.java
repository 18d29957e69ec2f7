package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.insight.control.Anomaly;
import cn.cq.police.idcard.insight.control.AnomalyQuery;
import cn.cq.police.idcard.insight.control.AnomalyReport;
import cn.cq.police.idcard.insight.control.InsightSettings;
import cn.cq.police.idcard.insight.control.ReadColumns;
import cn.cq.police.idcard.insight.control.Signal;
import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Computes every station's anomaly signals once a day (06:30 station time, before the counters
 * open) and keeps each station's latest report in the database, which a supervisor can also refresh
 * on demand. Every cluster member runs the daily timer; one that finds the day's reports already
 * made leaves them. Logs only counts per signal, never a case.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AnomalyWatch {

  private static final Logger LOG = Logger.getLogger(AnomalyWatch.class.getName());

  private static final Jsonb JSON = JsonbBuilder.create();

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject InsightSettings settings;

  @Inject Clock clock;

  /** Outside a transaction: one per station would be too long, and each report stands alone. */
  @Schedule(hour = "6", minute = "30", timezone = "Asia/Shanghai", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    LocalDateTime dayStart = LocalDate.now(clock).atStartOfDay();
    try (Connection connection = dataSource.getConnection()) {
      for (long stationId : stationIds(connection)) {
        try {
          dailyReport(connection, stationId, dayStart);
        } catch (SQLException e) {
          // Most likely another member stored the same report at the same moment.
          LOG.log(Level.INFO, "Anomaly report of station " + stationId + " not stored", e);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Daily anomaly signals failed", e);
    }
  }

  private void dailyReport(Connection connection, long stationId, LocalDateTime dayStart)
      throws SQLException {
    if (stored(connection, stationId).filter(r -> !r.computedAt().isBefore(dayStart)).isPresent()) {
      return;
    }
    AnomalyReport report = compute(connection, stationId);
    Map<Signal, Integer> counts = new EnumMap<>(Signal.class);
    report.anomalies().forEach(a -> counts.merge(a.signal(), 1, Integer::sum));
    LOG.info(() -> "Anomaly signals of station " + stationId + ": " + counts);
  }

  /** The station's latest report, if one was ever computed. */
  public Optional<AnomalyReport> latest(long stationId) {
    try (Connection connection = dataSource.getConnection()) {
      return stored(connection, stationId);
    } catch (SQLException e) {
      throw new IllegalStateException("Anomaly report not readable", e);
    }
  }

  /** Computes the station's signals now and keeps the result as its latest report. */
  public AnomalyReport computeNow(long stationId) {
    try (Connection connection = dataSource.getConnection()) {
      return compute(connection, stationId);
    } catch (SQLException e) {
      throw new IllegalStateException("Anomaly signals failed", e);
    }
  }

  private AnomalyReport compute(Connection connection, long stationId) throws SQLException {
    LocalDateTime now = LocalDateTime.now(clock);
    AnomalyReport report =
        new AnomalyReport(
            stationId,
            now,
            new AnomalyQuery(settings.thresholds()).detect(connection, stationId, now));
    store(connection, report);
    return report;
  }

  private static final Type ANOMALIES =
      new ArrayList<Anomaly>() {}.getClass().getGenericSuperclass();

  private static Optional<AnomalyReport> stored(Connection connection, long stationId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select computed_at, anomalies from anomaly_report where station_id = ?")) {
      query.setLong(1, stationId);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        List<Anomaly> anomalies = JSON.fromJson(row.getString(2), ANOMALIES);
        return Optional.of(
            new AnomalyReport(stationId, row.getTimestamp(1).toLocalDateTime(), anomalies));
      }
    }
  }

  /**
   * Replaces the station's report; the last of two members writing at once wins, both are fresh.
   */
  private static void store(Connection connection, AnomalyReport report) throws SQLException {
    try (PreparedStatement delete =
            connection.prepareStatement("delete from anomaly_report where station_id = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into anomaly_report (station_id, computed_at, anomalies) values (?, ?, ?)")) {
      delete.setLong(1, report.stationId());
      delete.executeUpdate();
      insert.setLong(1, report.stationId());
      insert.setTimestamp(2, Timestamp.valueOf(report.computedAt()));
      insert.setString(3, JSON.toJson(report.anomalies()));
      insert.executeUpdate();
    }
  }

  private static final String STATIONS = ReadColumns.sql("select {station.id} from {station}");

  private static List<Long> stationIds(Connection connection) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(STATIONS);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }
}
