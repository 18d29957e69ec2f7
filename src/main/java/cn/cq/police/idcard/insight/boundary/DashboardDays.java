package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.insight.control.DashboardQuery;
import cn.cq.police.idcard.insight.control.SqlDialect;
import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Stores the dashboard figures of a station's complete days in a transaction of its own, so that
 * losing a race with another cluster member (both storing the same day) costs nothing but this
 * attempt: the dashboard then computes those days live once more.
 */
@Stateless
public class DashboardDays {

  private static final Logger LOG = Logger.getLogger(DashboardDays.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource SessionContext context;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int storeCompleteDays(long stationId, LocalDateTime now) {
    try (Connection connection = dataSource.getConnection()) {
      return new DashboardQuery(SqlDialect.of(connection))
          .summarizeCompleteDays(connection, stationId, now);
    } catch (SQLException e) {
      context.setRollbackOnly();
      LOG.log(Level.INFO, "Dashboard days of station " + stationId + " not stored this time", e);
      return 0;
    }
  }
}
