package cn.cq.police.idcard.insight.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC chores the insight queries share: binding parameters, mapping rows. */
final class Jdbc {

  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Jdbc() {}

  static <T> List<T> rows(
      Connection connection, String sql, int maxRows, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      if (maxRows > 0) {
        statement.setMaxRows(maxRows);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, bindable(parameters[i]));
    }
  }

  static <T> T single(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    return rows(connection, sql, 1, mapper, parameters).get(0);
  }

  private static Object bindable(Object parameter) {
    if (parameter instanceof LocalDateTime time) {
      return Timestamp.valueOf(time);
    }
    if (parameter instanceof LocalDate day) {
      return Date.valueOf(day);
    }
    return parameter;
  }

  /** A number column that may be null (an aggregate over no rows). */
  static Double decimal(ResultSet row, int column) throws SQLException {
    Object value = row.getObject(column);
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal big ? big.doubleValue() : ((Number) value).doubleValue();
  }

  static LocalDate day(ResultSet row, int column) throws SQLException {
    Date date = row.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  static LocalDateTime time(ResultSet row, int column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toLocalDateTime();
  }
}
