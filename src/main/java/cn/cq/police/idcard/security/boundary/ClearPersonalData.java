package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.security.control.DataKeyRotation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while rows written before encryption at rest (V32) are still in clear: they lack a
 * blind-index value, so a look-up by ID number would not see them and the one-card-per-person rules
 * would miss them. {@code bin/rotate-data-key} seals them and fills the index; once none is left
 * the check stays up without asking again (the application itself always writes the index).
 */
@Readiness
@ApplicationScoped
public class ClearPersonalData implements HealthCheck {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  private volatile boolean allSealed;

  @Override
  public HealthCheckResponse call() {
    if (allSealed) {
      return HealthCheckResponse.up("personal-data-at-rest");
    }
    try (Connection connection = dataSource.getConnection();
        Statement query = connection.createStatement();
        ResultSet row = query.executeQuery(DataKeyRotation.UNINDEXED_ROWS)) {
      row.next();
      long clear = row.getLong(1);
      allSealed = clear == 0;
      return allSealed
          ? HealthCheckResponse.up("personal-data-at-rest")
          : HealthCheckResponse.named("personal-data-at-rest")
              .down()
              .withData("clear-rows", clear)
              .withData("run", "bin/rotate-data-key")
              .build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("personal-data-at-rest")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
