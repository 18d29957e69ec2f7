package cn.cq.police.idcard.insight.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.platform.PersonalDataCipher;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a test's own station with staff, receipts, applications, payments, proxies, refusals,
 * decisions and look-ups by plain JDBC, so the figures a test expects are exactly those rows,
 * whatever else (demo data, other tests) the database holds.
 */
public final class InsightSeed {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  final Connection connection;
  final long stationId;
  final String prefix;
  final long policyId;
  final String stationCode;
  int applications;

  /**
   * Whether the schema seals personal data (V32 on): a seed made on an older schema writes clear
   * values, as the application then did.
   */
  final boolean sealed;

  InsightSeed(Connection connection, String jurisdiction) throws SQLException {
    this.connection = connection;
    try (ResultSet column =
        connection.getMetaData().getColumns(null, null, null, "%ITIZEN_ID_INDEX")) {
      this.sealed = column.next();
    }
    this.prefix =
        "T" + Math.floorMod(System.nanoTime(), 1_000_000_000L) + SEQUENCE.incrementAndGet();
    // Station codes have 12 characters, as acceptance numbers need.
    this.stationCode = (prefix + "000000000000").substring(0, 12);
    this.policyId = id("select id from eligibility_policy where code = 'ANY_FAMILY_2006'");
    this.stationId =
        insert(
            "insert into station (code, name, district, district_code, address, office_hours,"
                + " working_days_to_pickup, eligibility_policy_id) values (?, ?, '测试区', '500101',"
                + " '测试路1号', '9:00-17:00', 20, ?)",
            stationCode,
            "测试所" + prefix,
            policyId);
    insert(
        "insert into station_jurisdiction (station_id, region_code) values (?, ?)",
        stationId,
        jurisdiction);
  }

  long staff(String name, String role) throws SQLException {
    long id =
        insert(
            "insert into staff_account (username, display_name, password_hash, station_id,"
                + " enabled, created_at) values (?, ?, 'x', ?, true, ?)",
            (prefix + "." + name).toLowerCase(),
            name,
            stationId,
            LocalDateTime.of(2026, 1, 1, 8, 0));
    insertNoKey("insert into staff_role (staff_id, role) values (?, ?)", id, role);
    return id;
  }

  /** A receipt of an applicant whose ID number was issued where the household is. */
  Receipt receipt(String region) throws SQLException {
    return receipt(region, region);
  }

  /**
   * A receipt of an applicant whose ID number was first issued in one region and whose household is
   * registered in another, e.g. a 51xxxx number from Sichuan before 1997 and a Chongqing household.
   */
  Receipt receipt(String idNumberRegion, String householdRegion) throws SQLException {
    int n = SEQUENCE.incrementAndGet();
    String number = ("R" + prefix + "X" + n);
    number = number.substring(Math.max(0, number.length() - 20));
    // Unique across tests: vary the birth date too.
    CitizenIdNumber idNumber =
        CitizenIdNumber.of(
            idNumberRegion,
            LocalDate.of(1950, 1, 1).plusDays(Math.floorMod(prefix.hashCode() + n, 20000)),
            n % 999 + 1);
    long id =
        insert(
            "insert into receipt (receipt_number, citizen_id_number, name, sex, ethnicity_code,"
                + " birth_date, household_region_code, household_address, issue_date, photo_check,"
                + " photo_sha256, centre_signature, status, received_at, version, "
                + (sealed ? "citizen_id_index" : "content_sha256")
                + ") values (?, ?, ?, ?, '01', ?, ?, ?, ?, 'PASSED', ?, 'sig', 'AVAILABLE',"
                + " ?, 1, ?)",
            number,
            sealed ? sealedId(idNumber.value()) : idNumber.value(),
            sealed ? cipher().seal("测试", SealedColumns.Name.COLUMN) : "测试",
            idNumber.sex().name(),
            idNumber.birthDate(),
            householdRegion,
            sealed ? cipher().seal("测试地址", SealedColumns.Address.COLUMN) : "测试地址",
            LocalDate.of(2026, 1, 1),
            "0".repeat(64),
            LocalDateTime.of(2026, 1, 1, 9, 0),
            sealed ? cipher().index(idNumber.value()) : null);
    return new Receipt(id, number, idNumber.value(), householdRegion);
  }

  record Receipt(long id, String number, String idNumber, String householdRegion) {}

  /** Sealed and indexed as the application stores them. */
  private static PersonalDataCipher cipher() {
    return SealedColumns.cipher();
  }

  private static String sealedId(String idNumber) {
    return cipher().seal(idNumber, CitizenIdNumberConverter.COLUMN);
  }

  record App(long id, String acceptanceNumber, Receipt receipt) {}

  /** An application with its first status change at the submit. */
  App application(long clerk, String status, LocalDateTime submittedAt, LocalDateTime collectedAt)
      throws SQLException {
    Receipt receipt = receipt("500101");
    // Shaped as the counter makes them: other tests' JPA queries may come across these rows.
    String acceptance =
        AcceptanceNumber.of(stationCode, submittedAt.toLocalDate(), ++applications).value();
    long id =
        insert(
            "insert into application (receipt_id, station_id, citizen_id_number,"
                + " acceptance_number, status, submitted_at, submitted_by, collected_at, version,"
                + " citizen_id_index) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            receipt.id(),
            stationId,
            sealedId(receipt.idNumber()),
            acceptance,
            status,
            submittedAt,
            clerk,
            collectedAt,
            cipher().index(receipt.idNumber()));
    statusChange(id, status, submittedAt, clerk);
    return new App(id, acceptance, receipt);
  }

  void statusChange(long applicationId, String status, LocalDateTime at, long by)
      throws SQLException {
    insert(
        "insert into application_status_change (application_id, status, changed_at, changed_by)"
            + " values (?, ?, ?, ?)",
        applicationId,
        status,
        at,
        by);
  }

  /**
   * A look-up that showed the receipt, logged with its household region as the counter logs it (or,
   * for null, one of a malformed receipt number, which has none).
   */
  void lookup(long staffId, Receipt receipt, LocalDateTime at) throws SQLException {
    lookupAt(stationId, staffId, receipt, at);
  }

  void lookupAt(long station, long staffId, Receipt receipt, LocalDateTime at) throws SQLException {
    insert(
        "insert into receipt_lookup (station_id, staff_id, receipt_number, receipt_id,"
            + " household_region_code, outcome, looked_up_at) values (?, ?, ?, ?, ?, ?, ?)",
        station,
        staffId,
        receipt == null ? null : receipt.number(),
        receipt == null ? null : receipt.id(),
        receipt == null ? null : receipt.householdRegion(),
        receipt == null ? "MALFORMED_RECEIPT_NUMBER" : "USABLE",
        at);
  }

  void payment(long applicationId, long clerk, LocalDateTime at, boolean voided, boolean exempted)
      throws SQLException {
    insert(
        "insert into payment (application_id, station_id, fee_kind, amount_fen, method,"
            + " exemption_reason, exemption_status, voided, created_at, created_by, voided_at)"
            + " values (?, ?, 'RENEWAL', ?, ?, ?, ?, ?, ?, ?, ?)",
        applicationId,
        stationId,
        exempted ? 0L : 2000L,
        exempted ? null : "CASH",
        exempted ? "低保" : null,
        exempted ? "PENDING" : null,
        voided,
        at,
        clerk,
        voided ? at.plusMinutes(5) : null);
  }

  /** 邮寄送证: the application's payment carries postage too (the amount grows with it). */
  void postage(long applicationId, long fen) throws SQLException {
    insertNoKey(
        "update payment set postage_fen = ?, amount_fen = amount_fen + ? where application_id = ?",
        fen,
        fen,
        applicationId);
  }

  /** 邮寄送证: the application's card left the station by post at that time. */
  void posted(long applicationId, LocalDateTime at) throws SQLException {
    insertNoKey(
        "insert into postal_delivery (application_id, station_id, recipient_name, recipient_phone,"
            + " region_code, address_detail, old_card_surrendered, tracking_number, posted_at)"
            + " values (?, ?, ?, ?, '500101', ?, true, ?, ?)",
        applicationId,
        stationId,
        cipher().seal("收件人", SealedColumns.Name.COLUMN),
        cipher().seal("13900001234", SealedColumns.Phone.COLUMN),
        cipher().seal("高笋塘 1 号", SealedColumns.Address.COLUMN),
        "EK" + applicationId + "X" + stationId + "CN",
        at);
  }

  void proxy(long applicationId, String agentIdNumber) throws SQLException {
    insert(
        "insert into proxy_authorization (application_id, policy_code, agent_name,"
            + " agent_id_number, relationship, agent_phone, letter_date, delegated_matter,"
            + " applicant_disabled_or_bedridden, applicant_abroad, agent_id_card_seen,"
            + " principal_signatures_seen, relationship_evidence_seen, undertaking_signed,"
            + " video_call_done, agent_id_index) values (?, 'ANY_FAMILY_2006', ?, ?, 'SPOUSE', ?,"
            + " ?, '申领居民身份证', false, false, true, true, true, false, false, ?)",
        applicationId,
        cipher().seal("代办人", SealedColumns.Name.COLUMN),
        sealedId(agentIdNumber),
        cipher().seal("13800000000", SealedColumns.Phone.COLUMN),
        LocalDate.of(2026, 1, 1),
        cipher().index(agentIdNumber));
  }

  void refusal(long clerk, String reason, LocalDateTime at) throws SQLException {
    Receipt receipt = receipt("500101");
    insert(
        "insert into proxy_refusal (station_id, receipt_id, agent_id_number, relationship, reason,"
            + " refused_at, refused_by) values (?, ?, ?, 'OTHER_FAMILY', ?, ?, ?)",
        stationId,
        receipt.id(),
        sealedId("500101198001010011"),
        reason,
        at,
        clerk);
  }

  void decision(long applicationId, String decision, String reason, long by, LocalDateTime at)
      throws SQLException {
    insert(
        "insert into application_decision (application_id, decision, reason_code, decided_by,"
            + " decided_at) values (?, ?, ?, ?, ?)",
        applicationId,
        decision,
        reason,
        by,
        at);
  }

  /** The marker of a day whose dashboard figures another cluster member has just stored. */
  void storedDay(LocalDate day, LocalDateTime at) throws SQLException {
    insertNoKey(
        "insert into dashboard_day (station_id, on_day, summarized_at) values (?, ?, ?)",
        stationId,
        day,
        at);
  }

  /** How many rows of one of insight's own tables belong to this station. */
  long rowsOf(String table) throws SQLException {
    return id("select count(*) from " + table + " where station_id = " + stationId);
  }

  private long id(String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private long insert(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      bind(insert, parameters);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        return keys.next() ? keys.getLong(1) : 0L;
      }
    }
  }

  private void insertNoKey(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      bind(insert, parameters);
      insert.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      if (p instanceof LocalDateTime t) {
        statement.setTimestamp(i + 1, Timestamp.valueOf(t));
      } else if (p instanceof LocalDate d) {
        statement.setDate(i + 1, Date.valueOf(d));
      } else if (p == null) {
        statement.setNull(i + 1, java.sql.Types.NULL);
      } else {
        statement.setObject(i + 1, p);
      }
    }
  }
}
