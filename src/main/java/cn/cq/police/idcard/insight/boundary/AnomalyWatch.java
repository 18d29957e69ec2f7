package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.insight.control.Anomaly;
import cn.cq.police.idcard.insight.control.AnomalyQuery;
import cn.cq.police.idcard.insight.control.AnomalyReport;
import cn.cq.police.idcard.insight.control.InsightSettings;
import cn.cq.police.idcard.insight.control.ReadColumns;
import cn.cq.police.idcard.insight.control.Signal;
import cn.cq.police.idcard.platform.DailyClaims;
import cn.cq.police.idcard.platform.LeasedMessage;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Computes every station's anomaly signals once a day (06:30 station time, before the counters
 * open) and keeps each station's latest report in the database, which a supervisor can also refresh
 * on demand. Every cluster member runs the daily timer; each station's report of the day is made by
 * the one member that claims it ({@link DailyClaims}), also when another dies mid-round. Logs only
 * counts per signal, never a case.
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

  /** How long a member may hold a station's part of the daily round before another takes it. */
  @Inject
  @ConfigProperty(name = "insight.daily-claim-lease-seconds", defaultValue = "300")
  long leaseSeconds;

  static final String DAILY_JOB = "anomaly-report";

  /**
   * The daily round at 06:30 and, in case a member died holding a station, again every ten minutes
   * until 09:00: a station is done by the member that claims it first (see {@link DailyClaims}).
   * Outside a transaction: one per station would be too long, and each report stands alone.
   */
  @Schedule(hour = "6", minute = "30,40,50", timezone = "Asia/Shanghai", persistent = false)
  @Schedule(hour = "7-8", minute = "*/10", timezone = "Asia/Shanghai", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    dailyRound(LeasedMessage.THIS_INSTANCE);
  }

  /**
   * One member's round over the stations: each station whose part of today this member claims gets
   * today's report (unless a supervisor computed one today already).
   *
   * @return how many stations this member took care of in this round
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int dailyRound(String member) {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate day = now.toLocalDate();
    DailyClaims claims = new DailyClaims(DAILY_JOB, member, Duration.ofSeconds(leaseSeconds));
    int handled = 0;
    try (Connection connection = dataSource.getConnection()) {
      for (long stationId : stationIds(connection)) {
        if (claims.claim(connection, day, stationId, LocalDateTime.now(clock))) {
          dailyReport(connection, stationId, day.atStartOfDay());
          claims.finish(connection, day, stationId, LocalDateTime.now(clock));
          handled++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Daily anomaly signals failed", e);
    }
    return handled;
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
