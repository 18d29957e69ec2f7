package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.insight.control.AnomalyReport;
import cn.cq.police.idcard.insight.control.Dashboard;
import cn.cq.police.idcard.insight.control.DashboardDays;
import cn.cq.police.idcard.insight.control.DashboardQuery;
import cn.cq.police.idcard.insight.control.InsightSettings;
import cn.cq.police.idcard.insight.control.SqlDialect;
import cn.cq.police.idcard.insight.control.Thresholds;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * The supervisor's dashboard and anomaly signals, always of the caller's own station. Reads only.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class Insights {

  @Inject StaffDirectory staff;

  @Inject AnomalyWatch watch;

  @Inject InsightSettings settings;

  @Inject Clock clock;

  @Inject DashboardDays days;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  public Dashboard dashboard() {
    long stationId = staff.current().getStation().getId();
    LocalDateTime now = LocalDateTime.now(clock);
    days.storeCompleteDays(stationId, now);
    try (Connection connection = dataSource.getConnection()) {
      return new DashboardQuery(SqlDialect.of(connection)).compute(connection, stationId, now);
    } catch (SQLException e) {
      throw new IllegalStateException("Dashboard failed", e);
    }
  }

  /** The latest daily (or requested) report of the caller's station, computed now if none. */
  public AnomalyReport anomalies() {
    long stationId = staff.current().getStation().getId();
    return watch.latest(stationId).orElseGet(() -> watch.computeNow(stationId));
  }

  /** The caller's station's signals computed now (the "check now" button). */
  public AnomalyReport recomputeAnomalies() {
    return watch.computeNow(staff.current().getStation().getId());
  }

  public Thresholds thresholds() {
    return settings.thresholds();
  }
}
