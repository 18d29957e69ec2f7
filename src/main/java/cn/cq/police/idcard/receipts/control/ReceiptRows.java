package cn.cq.police.idcard.receipts.control;

import cn.cq.police.idcard.platform.PersonalDataCipher;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk JDBC access for the intake: one query for the content hashes of a batch's receipt numbers,
 * and batched inserts of receipt and photo rows (also the intake benchmark's raw baseline). JPA
 * would insert row by row, because identity keys must be fetched one at a time, and the intake
 * should run near raw JDBC speed. ID number, name, address and photo are sealed as the entities
 * seal them ({@link CitizenIdNumberConverter}, {@link SealedColumns}), with the number's blind
 * index.
 */
public final class ReceiptRows {

  private static final String INSERT_RECEIPT =
      "insert into receipt (receipt_number, citizen_id_number, name, sex, ethnicity_code,"
          + " birth_date, household_region_code, household_address, issue_date, photo_check,"
          + " photo_sha256, centre_signature, status, received_at, version, content_sha256,"
          + " citizen_id_index)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

  private ReceiptRows() {}

  /** Content hash per stored receipt number; computed from the row where the column is null. */
  static Map<ReceiptNumber, String> contentHashes(
      Connection connection, Collection<ReceiptNumber> numbers, PersonalDataCipher cipher)
      throws SQLException {
    Map<ReceiptNumber, String> hashes = new HashMap<>();
    if (numbers.isEmpty()) {
      return hashes;
    }
    String placeholders = String.join(", ", Collections.nCopies(numbers.size(), "?"));
    try (PreparedStatement query =
        connection.prepareStatement(
            "select receipt_number, content_sha256, citizen_id_number, name, ethnicity_code,"
                + " household_region_code, household_address, issue_date, photo_check,"
                + " photo_sha256 from receipt where receipt_number in ("
                + placeholders
                + ")")) {
      int i = 1;
      for (ReceiptNumber number : numbers) {
        query.setString(i++, number.value());
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String stored = rows.getString(2);
          hashes.put(
              ReceiptNumber.parse(rows.getString(1)),
              stored != null
                  ? stored
                  : ReceiptContent.sha256(
                      rows.getString(1),
                      cipher.open(rows.getString(3), CitizenIdNumberConverter.COLUMN),
                      cipher.open(rows.getString(4), SealedColumns.Name.COLUMN),
                      rows.getString(5),
                      rows.getString(6),
                      cipher.open(rows.getString(7), SealedColumns.Address.COLUMN),
                      rows.getDate(8).toLocalDate(),
                      rows.getString(9),
                      rows.getString(10)));
        }
      }
    }
    return hashes;
  }

  /** Inserts the receipts and their photos as two JDBC batches. */
  public static void insert(
      Connection connection,
      List<ValidatedReceipt> receipts,
      LocalDateTime now,
      PersonalDataCipher cipher)
      throws SQLException {
    if (receipts.isEmpty()) {
      return;
    }
    List<Long> ids = new ArrayList<>(receipts.size());
    Timestamp receivedAt = Timestamp.valueOf(now);
    try (PreparedStatement insert =
        connection.prepareStatement(INSERT_RECEIPT, new String[] {"id"})) {
      for (ValidatedReceipt r : receipts) {
        insert.setString(1, r.receiptNumber().value());
        insert.setString(
            2, cipher.seal(r.citizenIdNumber().value(), CitizenIdNumberConverter.COLUMN));
        insert.setString(3, cipher.seal(r.name(), SealedColumns.Name.COLUMN));
        insert.setString(4, r.citizenIdNumber().sex().name());
        insert.setString(5, r.ethnicityCode());
        insert.setDate(6, Date.valueOf(r.citizenIdNumber().birthDate()));
        insert.setString(7, r.householdRegionCode());
        insert.setString(8, cipher.seal(r.householdAddress(), SealedColumns.Address.COLUMN));
        insert.setDate(9, Date.valueOf(r.issueDate()));
        insert.setString(10, r.photoCheck().name());
        insert.setString(11, r.photoSha256());
        insert.setString(12, r.centreSignature());
        insert.setString(13, ReceiptStatus.AVAILABLE.name());
        insert.setTimestamp(14, receivedAt);
        insert.setString(15, r.contentSha256());
        insert.setString(16, cipher.index(r.citizenIdNumber().value()));
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
    }
    if (ids.size() != receipts.size()) {
      throw new SQLException(
          "Expected " + receipts.size() + " generated receipt ids, got " + ids.size());
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into receipt_photo (receipt_id, jpeg) values (?, ?)")) {
      for (int i = 0; i < receipts.size(); i++) {
        insert.setLong(1, ids.get(i));
        insert.setBytes(2, cipher.seal(receipts.get(i).jpeg(), SealedColumns.Jpeg.COLUMN));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** SQLSTATE 23505: unique violation, the same in H2 and PostgreSQL. */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if ("23505".equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
