package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.platform.PersonalDataCipher;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a {@link CityPlan} into a PostgreSQL database the application has migrated, with COPY and
 * explicit ids (the identity sequences are moved past them at the end), sealing personal data as
 * {@link DemoDataWriter} does: the keyring's {@link PersonalDataCipher} for ID numbers, names,
 * addresses and photos with the blind index, the demo centre's Ed25519 key for the signature.
 */
public final class CityDataWriter {

  /** Ids of what the stations and staff part wrote, which the receipts refer to. */
  public record Ids(long receiptBase, long applicationBase, long[] stationIds, long[] clerkIds) {}

  private static final HexFormat HEX = HexFormat.of();

  private final CityPlan plan;
  private final PrivateKey centreKey;
  private final LocalDateTime now;
  /** The pooled portraits (plain JPEG) by sex and slot, and their SHA-256. */
  private final Map<String, byte[]> portraits = new HashMap<>();

  private final Map<String, String> portraitSha = new HashMap<>();

  public CityDataWriter(CityPlan plan, PrivateKey centreKey, LocalDateTime now) {
    this.plan = plan;
    this.centreKey = centreKey;
    this.now = now;
    for (Sex sex : Sex.values()) {
      for (int slot = 0; slot < 32; slot++) {
        byte[] jpeg = PortraitPainter.paintJpeg(slot, sex, 40);
        portraits.put(sex + "/" + slot, jpeg);
        portraitSha.put(sex + "/" + slot, CentreSignature.sha256Hex(jpeg));
      }
    }
  }

  /**
   * Stations, jurisdictions, the five accounts of each with their roles and the demo TOTP secret.
   *
   * @param passwordHash the demo password's hash as the demo data stored it
   * @param sealedTotp the demo TOTP secret sealed for a user name
   */
  public Ids writeStationsAndStaff(
      Connection connection, String passwordHash, Function<String, String> sealedTotp)
      throws SQLException, IOException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    long stationBase = nextId(connection, "station");
    long staffBase = nextId(connection, "staff_account");
    Map<String, Long> policies = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select code, id from eligibility_policy")) {
      while (rows.next()) {
        policies.put(rows.getString(1), rows.getLong(2));
      }
    }
    List<CityPlan.Station> stations = plan.stations();
    long[] stationIds = new long[stations.size()];
    long[] clerkIds = new long[stations.size()];
    StringBuilder stationRows = new StringBuilder();
    StringBuilder jurisdictions = new StringBuilder();
    StringBuilder staff = new StringBuilder();
    StringBuilder roles = new StringBuilder();
    StringBuilder factors = new StringBuilder();
    String at = now.toString().replace('T', ' ');
    long staffId = staffBase;
    for (CityPlan.Station station : stations) {
      long id = stationBase + station.index();
      stationIds[station.index()] = id;
      row(
          stationRows,
          id,
          station.code(),
          station.name(),
          station.district(),
          station.districtCode(),
          "重庆市" + station.district() + "人民路" + (1 + station.index() % 300) + "号",
          "周一至周五 9:00-12:00, 14:00-17:30",
          20,
          policies.get(station.policyCode()));
      row(jurisdictions, id, station.districtCode());
      for (CityPlan.Account account : CityPlan.accountsOf(station)) {
        if (account.username().endsWith(".clerk")) {
          clerkIds[station.index()] = staffId;
        }
        row(
            staff,
            staffId,
            account.username(),
            account.displayName(),
            passwordHash,
            id,
            "t",
            at,
            "STATION");
        row(roles, staffId, account.role());
        row(factors, account.username(), "TOTP", sealedTotp.apply(account.username()), at, at);
        staffId++;
      }
    }
    copy(
        copy,
        "station (id, code, name, district, district_code, address, office_hours,"
            + " working_days_to_pickup, eligibility_policy_id)",
        stationRows);
    copy(copy, "station_jurisdiction (station_id, region_code)", jurisdictions);
    copy(
        copy,
        "staff_account (id, username, display_name, password_hash, station_id, enabled,"
            + " created_at, reach)",
        staff);
    copy(copy, "staff_role (staff_id, role)", roles);
    copy(
        copy,
        "second_factor (username, kind, totp_secret_sealed, totp_enrolled_at, changed_at)",
        factors);
    moveSequence(connection, "station");
    moveSequence(connection, "staff_account");
    long receiptBase = nextId(connection, "receipt");
    long applicationBase = nextId(connection, "application");
    connection.commit();
    return new Ids(receiptBase, applicationBase, stationIds, clerkIds);
  }

  /** Counts of what one chunk wrote. */
  public record Written(long receipts, long photos, long applications, long photoBytes) {}

  /**
   * Receipts {@code from .. to-1} with their photos and applications, in one transaction.
   *
   * @param cipher this thread's keyring
   */
  public Written writeReceipts(
      Connection connection, PersonalDataCipher cipher, Ids ids, long from, long to)
      throws SQLException, IOException {
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder receipts = new StringBuilder((int) (to - from) * 700);
    StringBuilder photos = new StringBuilder();
    StringBuilder applications = new StringBuilder();
    StringBuilder changes = new StringBuilder();
    long photoCount = 0;
    long applicationCount = 0;
    long photoBytes = 0;
    for (long index = from; index < to; index++) {
      CityPlan.CityReceipt receipt = plan.receipt(index);
      long id = ids.receiptBase() + index;
      String portrait = receipt.sex() + "/" + receipt.portraitSlot();
      String sha256 = portraitSha.get(portrait);
      String sealedId = cipher.seal(receipt.idNumber().value(), CitizenIdNumberConverter.COLUMN);
      String index32 = cipher.index(receipt.idNumber().value());
      String issued = receipt.issueDate().toString();
      row(
          receipts,
          id,
          receipt.receiptNumber(),
          sealedId,
          cipher.seal(receipt.name(), SealedColumns.Name.COLUMN),
          receipt.sex().name(),
          "01",
          receipt.birthDate().toString(),
          receipt.station().districtCode(),
          cipher.seal(receipt.address(), SealedColumns.Address.COLUMN),
          issued,
          "PASSED",
          sha256,
          CentreSignature.sign(
              centreKey,
              Receipt.signedContent(
                  ReceiptNumber.parse(receipt.receiptNumber()), receipt.idNumber(), sha256)),
          receipt.used() ? "USED" : "AVAILABLE",
          issued + " 09:30:00",
          1,
          index32);
      if (receipt.withPhoto()) {
        byte[] sealed = cipher.seal(portraits.get(portrait), SealedColumns.Jpeg.COLUMN);
        photos.append(id).append("\t\\\\x").append(HEX.formatHex(sealed)).append('\n');
        photoCount++;
        photoBytes += sealed.length;
      }
      if (receipt.used()) {
        long applicationId = ids.applicationBase() + index;
        String submitted = CityPlan.submittedOn(receipt) + " 10:15:00";
        long clerk = ids.clerkIds()[receipt.station().index()];
        String status = plan.applicationStatus(receipt);
        row(
            applications,
            applicationId,
            id,
            ids.stationIds()[receipt.station().index()],
            sealedId,
            CityPlan.acceptanceNumber(receipt),
            status,
            submitted,
            clerk,
            1,
            index32);
        row(changes, applicationId, status, submitted, clerk);
        applicationCount++;
      }
    }
    copy(
        copy,
        "receipt (id, receipt_number, citizen_id_number, name, sex, ethnicity_code,"
            + " birth_date, household_region_code, household_address, issue_date, photo_check,"
            + " photo_sha256, centre_signature, status, received_at, version, citizen_id_index)",
        receipts);
    copy(copy, "receipt_photo (receipt_id, jpeg)", photos);
    copy(
        copy,
        "application (id, receipt_id, station_id, citizen_id_number, acceptance_number,"
            + " status, submitted_at, submitted_by, version, citizen_id_index)",
        applications);
    copy(
        copy,
        "application_status_change (application_id, status, changed_at, changed_by)",
        changes);
    connection.commit();
    return new Written(to - from, photoCount, applicationCount, photoBytes);
  }

  /** After all chunks: the identity sequences continue past the explicit ids. */
  public static void finish(Connection connection) throws SQLException {
    moveSequence(connection, "receipt");
    moveSequence(connection, "application");
    connection.commit();
  }

  /** The password hash the demo data stored for its first clerk (PBKDF2 of the demo password). */
  public static String demoPasswordHash(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select password_hash from staff_account where username = ?")) {
      query.setString(1, DemoDataWriter.WIDE_ACCOUNTS_STATION + ".clerk");
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new SQLException(
              "No demo accounts: start the demo war once against this database first");
        }
        return row.getString(1);
      }
    }
  }

  /** Whether the city stations are there already (the tool then refuses to write twice). */
  public boolean alreadyWritten(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select count(*) from station where code = ?")) {
      query.setString(1, plan.stations().get(0).code());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1) > 0;
      }
    }
  }

  private static long nextId(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void moveSequence(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "select setval(pg_get_serial_sequence('"
              + table
              + "', 'id'), (select max(id) from "
              + table
              + "))");
    }
  }

  private static void copy(CopyManager copy, String target, StringBuilder rows)
      throws SQLException, IOException {
    if (rows.length() > 0) {
      copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
    }
  }

  /** One line of COPY's text format; the values never hold tabs or new lines, but escape anyway. */
  private static void row(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object value = values[i];
      if (value == null) {
        out.append("\\N");
      } else {
        String text = value.toString();
        for (int c = 0; c < text.length(); c++) {
          char ch = text.charAt(c);
          switch (ch) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> out.append(ch);
          }
        }
      }
    }
    out.append('\n');
  }
}
