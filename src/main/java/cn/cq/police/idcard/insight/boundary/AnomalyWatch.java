package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.insight.control.AnomalyQuery;
import cn.cq.police.idcard.insight.control.AnomalyReport;
import cn.cq.police.idcard.insight.control.InsightSettings;
import cn.cq.police.idcard.insight.control.Signal;
import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Computes every station's anomaly signals once a day (06:30 station time, before the counters
 * open) and keeps each station's latest report, which a supervisor can also refresh on demand. Logs
 * only counts per signal, never a case.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class AnomalyWatch {

  private static final Logger LOG = Logger.getLogger(AnomalyWatch.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Inject InsightSettings settings;

  @Inject Clock clock;

  private final Map<Long, AnomalyReport> latest = new ConcurrentHashMap<>();

  @Schedule(hour = "6", minute = "30", timezone = "Asia/Shanghai", persistent = false)
  public void daily() {
    try (Connection connection = dataSource.getConnection()) {
      for (long stationId : stationIds(connection)) {
        AnomalyReport report = compute(connection, stationId);
        Map<Signal, Integer> counts = new EnumMap<>(Signal.class);
        report.anomalies().forEach(a -> counts.merge(a.signal(), 1, Integer::sum));
        LOG.info(() -> "Anomaly signals of station " + stationId + ": " + counts);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Daily anomaly signals failed", e);
    }
  }

  /** The station's latest report, if one was computed since the application started. */
  public Optional<AnomalyReport> latest(long stationId) {
    return Optional.ofNullable(latest.get(stationId));
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
    latest.put(stationId, report);
    return report;
  }

  private static List<Long> stationIds(Connection connection) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("select id from station");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }
}
