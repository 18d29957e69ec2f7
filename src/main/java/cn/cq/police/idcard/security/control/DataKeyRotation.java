package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Re-seals the personal data of every table under the keyring's current key, while the application
 * runs: keyset pages of {@code batchSize} rows, each page one committed transaction, each row
 * updated only if its sealed columns still hold what was read (a value the application changed
 * meanwhile is its own, sealed under the current key already). Values without a key id (rows of a
 * database older than V32) are sealed too, and missing blind-index values filled in; with {@code
 * reindex} every index value is recomputed (after a change of the index key).
 *
 * <p>The application keeps serving throughout: it reads every key of the keyring, old and new.
 */
public final class DataKeyRotation {

  private static final Logger LOG = Logger.getLogger(DataKeyRotation.class.getName());

  /** A sealed column and the associated data its values are sealed with (per row, or fixed). */
  record Sealed(String name, boolean bytes, LongFunction<String> boundTo, String index) {

    static Sealed text(String name, String column) {
      return new Sealed(name, false, row -> column, null);
    }

    static Sealed idNumber(String name, String index) {
      return new Sealed(name, false, row -> ID, index);
    }
  }

  record Table(String name, String key, List<Sealed> columns) {}

  private static final String ID = CitizenIdNumberConverter.COLUMN;
  private static final String NAME = SealedColumns.Name.COLUMN;
  private static final String ADDRESS = SealedColumns.Address.COLUMN;
  private static final String PHONE = SealedColumns.Phone.COLUMN;
  private static final String PHOTO = SealedColumns.Jpeg.COLUMN;

  /** Every table and column that holds sealed personal data. */
  public static final List<Table> TABLES =
      List.of(
          new Table(
              "receipt",
              "id",
              List.of(
                  Sealed.idNumber("citizen_id_number", "citizen_id_index"),
                  Sealed.text("name", NAME),
                  Sealed.text("household_address", ADDRESS))),
          new Table(
              "receipt_photo", "receipt_id", List.of(new Sealed("jpeg", true, row -> PHOTO, null))),
          new Table(
              "application",
              "id",
              List.of(
                  Sealed.idNumber("citizen_id_number", "citizen_id_index"),
                  Sealed.idNumber("collector_id_number", null))),
          new Table(
              "proxy_authorization",
              "application_id",
              List.of(
                  Sealed.text("agent_name", NAME),
                  Sealed.idNumber("agent_id_number", "agent_id_index"),
                  Sealed.text("agent_phone", PHONE),
                  new Sealed("video_call_screenshot", true, row -> PHOTO, null))),
          new Table("proxy_refusal", "id", List.of(Sealed.idNumber("agent_id_number", null))),
          new Table(
              "temporary_card",
              "id",
              List.of(Sealed.idNumber("citizen_id_number", "citizen_id_index"))),
          new Table(
              "postal_delivery",
              "id",
              List.of(
                  Sealed.text("recipient_name", NAME),
                  Sealed.text("recipient_phone", PHONE),
                  Sealed.text("address_detail", ADDRESS))),
          new Table(
              "notice_contact",
              "application_id",
              // Bound to its row as NoticeContact.sealedFor binds it.
              List.of(new Sealed("mobile_sealed", false, row -> "notice_contact:" + row, null))));

  /**
   * How many rows still lack their blind index: rows of a database older than V32 that no rotation
   * has sealed yet (the application writes the index with every number).
   */
  public static final String UNINDEXED_ROWS =
      TABLES.stream()
          .flatMap(
              table ->
                  table.columns().stream()
                      .filter(column -> column.index() != null)
                      .map(
                          column ->
                              "(select count(*) from "
                                  + table.name()
                                  + " where "
                                  + column.index()
                                  + " is null)"))
          .collect(Collectors.joining(" + ", "select ", ""));

  private final PersonalDataKeyring keyring;
  private final int batchSize;
  private final boolean reindex;

  public DataKeyRotation(PersonalDataKeyring keyring, int batchSize, boolean reindex) {
    this.keyring = keyring;
    this.batchSize = batchSize;
    this.reindex = reindex;
  }

  /**
   * Re-seals every table; returns the rows changed per table. Every page is committed (the
   * connection's auto-commit is off meanwhile).
   */
  public Map<String, Long> rotate(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      Map<String, Long> changed = new LinkedHashMap<>();
      for (Table table : TABLES) {
        long rows = rotate(connection, table);
        changed.put(table.name(), rows);
        LOG.info(
            () -> table.name() + ": " + rows + " rows re-sealed under " + keyring.currentKeyId());
      }
      return changed;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private long rotate(Connection connection, Table table) throws SQLException {
    String page =
        "select "
            + table.key()
            + ", "
            + columns(table)
            + " from "
            + table.name()
            + " where "
            + table.key()
            + " > ? order by "
            + table.key()
            + " fetch first "
            + batchSize
            + " rows only";
    long changed = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement(page)) {
        query.setLong(1, after);
        try (ResultSet result = query.executeQuery()) {
          int width = result.getMetaData().getColumnCount();
          while (result.next()) {
            Object[] row = new Object[width];
            for (int i = 0; i < width; i++) {
              row[i] = result.getObject(i + 1);
            }
            rows.add(row);
          }
        }
      }
      if (rows.isEmpty()) {
        connection.commit();
        return changed;
      }
      for (Object[] row : rows) {
        changed += reseal(connection, table, row) ? 1 : 0;
      }
      connection.commit();
      after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
    }
  }

  /** Updates one row whose values are not all under the current key; false if nothing to do. */
  private boolean reseal(Connection connection, Table table, Object[] row) throws SQLException {
    long key = ((Number) row[0]).longValue();
    List<String> sets = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    List<String> guards = new ArrayList<>();
    List<Object> guardValues = new ArrayList<>();
    int i = 1;
    for (Sealed column : table.columns()) {
      Object stored = row[i++];
      String storedIndex = column.index() == null ? null : (String) row[i++];
      if (stored == null) {
        continue;
      }
      String boundTo = column.boundTo().apply(key);
      boolean current =
          column.bytes() ? keyring.isCurrent((byte[]) stored) : keyring.isCurrent((String) stored);
      String clearId = null;
      if (column.index() != null && (reindex || storedIndex == null || !current)) {
        clearId = keyring.open((String) stored, boundTo);
        String index = keyring.index(clearId);
        if (!index.equals(storedIndex)) {
          sets.add(column.index() + " = ?");
          values.add(index);
        }
      }
      if (!current) {
        sets.add(column.name() + " = ?");
        values.add(
            column.bytes()
                ? keyring.seal(keyring.open((byte[]) stored, boundTo), boundTo)
                : keyring.seal(
                    clearId != null ? clearId : keyring.open((String) stored, boundTo), boundTo));
      }
      if (!current || !sets.isEmpty()) {
        guards.add(column.name() + " = ?");
        guardValues.add(stored);
      }
    }
    if (sets.isEmpty()) {
      return false;
    }
    String update =
        "update "
            + table.name()
            + " set "
            + String.join(", ", sets)
            + " where "
            + table.key()
            + " = ? and "
            + String.join(" and ", guards);
    try (PreparedStatement statement = connection.prepareStatement(update)) {
      int p = 1;
      for (Object value : values) {
        statement.setObject(p++, value);
      }
      statement.setLong(p++, key);
      for (Object value : guardValues) {
        statement.setObject(p++, value);
      }
      return statement.executeUpdate() == 1;
    }
  }

  /** Rows with a value not under the current key or a missing index: zero after a rotation. */
  public long remaining(Connection connection) throws SQLException {
    DataKeyRotation check = new DataKeyRotation(keyring, batchSize, false);
    long left = 0;
    for (Table table : TABLES) {
      left += check.countStale(connection, table);
    }
    return left;
  }

  private long countStale(Connection connection, Table table) throws SQLException {
    // Counting reads what the rotation reads; nothing is written.
    long stale = 0;
    try (PreparedStatement query =
            connection.prepareStatement("select " + columns(table) + " from " + table.name());
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        int i = 1;
        boolean rowStale = false;
        for (Sealed column : table.columns()) {
          Object stored = rows.getObject(i++);
          String index = column.index() == null ? null : rows.getString(i++);
          rowStale |=
              stored != null
                  && (column.bytes()
                      ? !keyring.isCurrent((byte[]) stored)
                      : !keyring.isCurrent((String) stored)
                          || (column.index() != null && index == null));
        }
        stale += rowStale ? 1 : 0;
      }
    }
    return stale;
  }

  /** Each sealed column, followed by its index column where it has one. */
  private static String columns(Table table) {
    return table.columns().stream()
        .map(c -> c.index() == null ? c.name() : c.name() + ", " + c.index())
        .collect(Collectors.joining(", "));
  }
}
