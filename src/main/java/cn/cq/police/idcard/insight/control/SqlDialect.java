package cn.cq.police.idcard.insight.control;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The little SQL that differs between H2 (demo, tests) and PostgreSQL (deployments): the seconds
 * between two timestamps. Everything else the insight queries use is common to both.
 */
public enum SqlDialect {
  H2 {
    @Override
    public String secondsBetween(String from, String to) {
      return "datediff(SECOND, " + from + ", " + to + ")";
    }
  },
  POSTGRESQL {
    @Override
    public String secondsBetween(String from, String to) {
      return "extract(epoch from (" + to + " - " + from + "))";
    }
  };

  /** An SQL expression: seconds from {@code from} to {@code to}, both timestamp expressions. */
  public abstract String secondsBetween(String from, String to);

  public static SqlDialect of(Connection connection) throws SQLException {
    return of(connection.getMetaData().getDatabaseProductName());
  }

  public static SqlDialect of(String databaseProductName) {
    return databaseProductName.startsWith("PostgreSQL") ? POSTGRESQL : H2;
  }
}
