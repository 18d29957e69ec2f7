package cn.cq.police.idcard.insight.control;

import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
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
 *
 * <p>Control, although it opens a transaction: an inner unit of work of {@code Insights}, which is
 * the entry point and decides who may see a dashboard. It is not called from anywhere else, so it
 * has no access rule of its own (see {@code LayeringTest}).
 */
@Dependent
public class DashboardDays {

  private static final Logger LOG = Logger.getLogger(DashboardDays.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transaction;

  /** How many days it stored; none when another member stored them at the same moment. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int storeCompleteDays(long stationId, LocalDateTime now) {
    try (Connection connection = dataSource.getConnection()) {
      return new DashboardQuery(SqlDialect.of(connection))
          .summarizeCompleteDays(connection, stationId, now);
    } catch (SQLException e) {
      transaction.setRollbackOnly();
      LOG.log(Level.INFO, "Dashboard days of station " + stationId + " not stored this time", e);
      return 0;
    }
  }
}
