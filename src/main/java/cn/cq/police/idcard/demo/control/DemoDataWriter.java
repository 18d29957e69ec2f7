package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.PhotoCheck;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptStatus;
import cn.cq.police.idcard.stations.entity.Role;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Writes generated demo data with plain batched JDBC, so the same code fills a demo database with a
 * few hundred receipts at start-up and a benchmark database with millions. Receipts are signed with
 * the (demo) detection centre's key exactly as the real centre would sign them.
 */
public final class DemoDataWriter {

  /** A demo staff account; every one shares the demo password. */
  public record Account(String username, String displayName, Set<Role> roles) {}

  private static final String[][] STAFF_NAMES = {
    {"王建国", "李晓燕", "张志强", "刘红梅"},
    {"陈伟", "杨丽", "黄永明", "赵静"},
    {"吴海涛", "周敏", "徐光辉", "孙莉"},
    {"马俊", "朱晓红", "胡德平", "郭玲"},
    {"谭勇", "冉春梅", "向东", "秦雪"}
  };

  /** Each seeded eligibility policy is in force at some demo station. */
  private static final String[] POLICY_BY_STATION = {
    "ANY_FAMILY_2006",
    "GUARDIAN_ONLY",
    "NEAR_RELATIVE_ABROAD_2021",
    "ANY_FAMILY_2006",
    "GUARDIAN_ONLY"
  };

  private static final DateTimeFormatter ACCEPTANCE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final DemoDataGenerator generator;
  private final PrivateKey centreKey;
  private final LocalDateTime now;
  private final int photoPool;
  private final Map<Long, byte[]> pooledPhotos = new ConcurrentHashMap<>();
  private final Map<String, Long> stationIds = new HashMap<>();
  private final Map<String, Long> clerkIds = new HashMap<>();
  private final Map<String, Integer> acceptanceSequence = new HashMap<>();

  /**
   * A receipt to insert; {@code earlierOfPendingApplicant} marks the used receipt of a person whose
   * application is still in progress.
   */
  private record Row(DemoReceipt receipt, boolean earlierOfPendingApplicant) {}

  /** The photo the centre signed and the one stored; they differ only to demonstrate tampering. */
  private record Photos(byte[] signed, byte[] stored) {}

  /**
   * @param photoPool 0 paints a portrait for every receipt; a positive number reuses that many
   *     portraits, which keeps bulk loads of millions of receipts fast
   */
  public DemoDataWriter(
      DemoDataGenerator generator, PrivateKey centreKey, LocalDateTime now, int photoPool) {
    this.generator = generator;
    this.centreKey = centreKey;
    this.now = now;
    this.photoPool = photoPool;
  }

  public static List<Account> accountsOf(DemoStation station) {
    String[] names = STAFF_NAMES[DemoStations.all().indexOf(station) % STAFF_NAMES.length];
    String slug = station.slug();
    return List.of(
        new Account(slug + ".clerk", names[0], EnumSet.of(Role.CLERK)),
        new Account(slug + ".clerk2", names[1], EnumSet.of(Role.CLERK)),
        new Account(slug + ".supervisor", names[2], EnumSet.of(Role.SUPERVISOR)),
        new Account(slug + ".admin", names[3], EnumSet.of(Role.ADMINISTRATOR)));
  }

  public static boolean hasStations(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from station")) {
      rows.next();
      return rows.getLong(1) > 0;
    }
  }

  /**
   * Inserts the demo stations, their jurisdictions and staff accounts.
   *
   * @param passwordHashes a fresh salted hash of the demo password for each account
   */
  public void writeStationsAndStaff(Connection connection, Supplier<String> passwordHashes)
      throws SQLException {
    for (DemoStation station : DemoStations.all()) {
      long stationId = insertStation(connection, station);
      for (Account account : accountsOf(station)) {
        long staffId = insertAccount(connection, account, stationId, passwordHashes);
        if (account.username().endsWith(".clerk")) {
          clerkIds.put(station.code(), staffId);
        }
      }
    }
  }

  /** Reads back what {@link #writeStationsAndStaff} wrote, to append receipts later. */
  public void readStationsAndStaff(Connection connection) throws SQLException {
    for (DemoStation station : DemoStations.all()) {
      stationIds.put(
          station.code(),
          singleId(connection, "select id from station where code = ?", station.code()));
      clerkIds.put(
          station.code(),
          singleId(
              connection,
              "select id from staff_account where username = ?",
              station.slug() + ".clerk"));
    }
  }

  /**
   * Generates and inserts receipts {@code from .. from+count-1} (with the earlier receipts and the
   * applications their states need), executing and committing every {@code batchSize} receipts.
   *
   * @return the receipts written, including the earlier ones of applicants with an application in
   *     progress
   */
  public long writeReceipts(Connection connection, long from, long count, int batchSize)
      throws SQLException {
    long written = 0;
    List<Row> batch = new ArrayList<>(batchSize + 1);
    for (long index = from; index < from + count; index++) {
      DemoReceipt receipt = generator.receipt(index);
      generator.earlierReceiptOf(receipt).ifPresent(earlier -> batch.add(new Row(earlier, true)));
      batch.add(new Row(receipt, false));
      if (batch.size() >= batchSize) {
        written += flush(connection, batch);
      }
    }
    return written + flush(connection, batch);
  }

  private int flush(Connection connection, List<Row> batch) throws SQLException {
    if (batch.isEmpty()) {
      return 0;
    }
    // Painting portraits is the slow part of generating: use every core.
    List<Photos> photos = batch.parallelStream().map(row -> photosOf(row.receipt())).toList();
    List<Long> ids = insertReceipts(connection, batch, photos);
    insertPhotos(connection, photos, ids);
    insertApplications(connection, batch, ids);
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    int size = batch.size();
    batch.clear();
    return size;
  }

  private List<Long> insertReceipts(Connection connection, List<Row> batch, List<Photos> photos)
      throws SQLException {
    String sql =
        "insert into receipt (receipt_number, citizen_id_number, name, sex, ethnicity_code,"
            + " birth_date, household_region_code, household_address, issue_date, photo_check,"
            + " photo_sha256, centre_signature, status, received_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    try (PreparedStatement insert =
        connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < batch.size(); i++) {
        DemoReceipt receipt = batch.get(i).receipt();
        String sha256 = CentreSignature.sha256Hex(photos.get(i).signed());
        insert.setString(1, receipt.receiptNumber());
        insert.setString(2, receipt.idNumber().value());
        insert.setString(3, receipt.name());
        insert.setString(4, receipt.sex().name());
        insert.setString(5, receipt.ethnicityCode());
        insert.setDate(6, Date.valueOf(receipt.birthDate()));
        insert.setString(7, receipt.householdRegionCode());
        insert.setString(8, receipt.householdAddress());
        insert.setDate(9, Date.valueOf(receipt.issueDate()));
        insert.setString(
            10, (receipt.photoPassed() ? PhotoCheck.PASSED : PhotoCheck.FAILED).name());
        insert.setString(11, sha256);
        insert.setString(
            12,
            CentreSignature.sign(
                centreKey,
                Receipt.signedContent(receipt.receiptNumber(), receipt.idNumber(), sha256)));
        insert.setString(13, statusOf(receipt).name());
        insert.setTimestamp(14, Timestamp.valueOf(receipt.issueDate().atTime(9, 30)));
        insert.addBatch();
      }
      insert.executeBatch();
      List<Long> ids = new ArrayList<>(batch.size());
      try (ResultSet keys = insert.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong("id"));
        }
      }
      if (ids.size() != batch.size()) {
        throw new SQLException("Expected " + batch.size() + " generated keys, got " + ids.size());
      }
      return ids;
    }
  }

  private void insertPhotos(Connection connection, List<Photos> photos, List<Long> ids)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("insert into receipt_photo (receipt_id, jpeg) values (?, ?)")) {
      for (int i = 0; i < photos.size(); i++) {
        insert.setLong(1, ids.get(i));
        insert.setBytes(2, photos.get(i).stored());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertApplications(Connection connection, List<Row> batch, List<Long> ids)
      throws SQLException {
    String sql =
        "insert into application (receipt_id, station_id, citizen_id_number, acceptance_number,"
            + " status, submitted_at, submitted_by, version) values (?, ?, ?, ?, ?, ?, ?, 1)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int i = 0; i < batch.size(); i++) {
        DemoReceipt receipt = batch.get(i).receipt();
        if (receipt.state() != DemoReceiptState.USED) {
          continue;
        }
        LocalDateTime submittedAt = receipt.issueDate().plusDays(3).atTime(10, 15);
        if (submittedAt.isAfter(now)) {
          submittedAt = now;
        }
        insert.setLong(1, ids.get(i));
        insert.setLong(2, stationIds.get(receipt.stationCode()));
        insert.setString(3, receipt.idNumber().value());
        insert.setString(4, nextAcceptanceNumber(receipt.stationCode(), submittedAt.toLocalDate()));
        insert.setString(5, applicationStatusOf(batch.get(i)));
        insert.setTimestamp(6, Timestamp.valueOf(submittedAt));
        insert.setLong(7, clerkIds.get(receipt.stationCode()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement history =
        connection.prepareStatement(
            "insert into application_status_change (application_id, status, changed_at,"
                + " changed_by) select id, status, submitted_at, submitted_by from application a"
                + " where a.receipt_id = ?")) {
      for (int i = 0; i < batch.size(); i++) {
        if (batch.get(i).receipt().state() == DemoReceiptState.USED) {
          history.setLong(1, ids.get(i));
          history.addBatch();
        }
      }
      history.executeBatch();
    }
  }

  /**
   * An applicant whose earlier receipt was used has that application still in progress; other used
   * receipts show the rest of the life cycle.
   */
  private static String applicationStatusOf(Row row) {
    if (row.earlierOfPendingApplicant()) {
      return ApplicationStatus.SUBMITTED.name();
    }
    ApplicationStatus[] lifeCycle = {
      ApplicationStatus.SUBMITTED,
      ApplicationStatus.SENT_TO_PRODUCTION,
      ApplicationStatus.ARRIVED_AT_STATION,
      ApplicationStatus.COLLECTED
    };
    return lifeCycle[(int) (row.receipt().index() % lifeCycle.length)].name();
  }

  private String nextAcceptanceNumber(String stationCode, LocalDate day) {
    int sequence = acceptanceSequence.merge(stationCode, 1, Integer::sum);
    return stationCode + ACCEPTANCE_DATE.format(day) + String.format("%05d", sequence);
  }

  private static ReceiptStatus statusOf(DemoReceipt receipt) {
    return switch (receipt.state()) {
      case USED -> ReceiptStatus.USED;
      case REVOKED -> ReceiptStatus.REVOKED;
      default -> ReceiptStatus.AVAILABLE;
    };
  }

  private Photos photosOf(DemoReceipt receipt) {
    byte[] signed = portrait(receipt, receipt.portraitSeed());
    return receipt.state() == DemoReceiptState.INTEGRITY_BROKEN
        ? new Photos(signed, portrait(receipt, receipt.portraitSeed() + 1))
        : new Photos(signed, signed);
  }

  private byte[] portrait(DemoReceipt receipt, long seed) {
    int age = Period.between(receipt.birthDate(), now.toLocalDate()).getYears();
    if (photoPool <= 0) {
      return PortraitPainter.paintJpeg(seed, receipt.sex(), age);
    }
    long slot = Math.floorMod(seed, photoPool);
    return pooledPhotos.computeIfAbsent(
        slot, s -> PortraitPainter.paintJpeg(s, receipt.sex(), age));
  }

  private long insertStation(Connection connection, DemoStation station) throws SQLException {
    String sql =
        "insert into station (code, name, district, district_code, address, office_hours,"
            + " working_days_to_pickup, eligibility_policy_id) values (?, ?, ?, ?, ?, ?, ?,"
            + " (select id from eligibility_policy where code = ?))";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, station.code());
      insert.setString(2, station.name());
      insert.setString(3, station.district());
      insert.setString(4, station.districtCode());
      insert.setString(5, station.address());
      insert.setString(6, station.officeHours());
      insert.setInt(7, station.workingDaysToPickup());
      insert.setString(8, POLICY_BY_STATION[DemoStations.all().indexOf(station)]);
      insert.executeUpdate();
    }
    long id = singleId(connection, "select id from station where code = ?", station.code());
    stationIds.put(station.code(), id);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into station_jurisdiction (station_id, region_code) values (?, ?)")) {
      for (String region : station.jurisdictionRegionCodes()) {
        insert.setLong(1, id);
        insert.setString(2, region);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return id;
  }

  private long insertAccount(
      Connection connection, Account account, long stationId, Supplier<String> passwordHashes)
      throws SQLException {
    String sql =
        "insert into staff_account (username, display_name, password_hash, station_id, enabled,"
            + " created_at) values (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, account.username());
      insert.setString(2, account.displayName());
      insert.setString(3, passwordHashes.get());
      insert.setLong(4, stationId);
      insert.setBoolean(5, true);
      insert.setTimestamp(6, Timestamp.valueOf(now));
      insert.executeUpdate();
    }
    long id =
        singleId(connection, "select id from staff_account where username = ?", account.username());
    try (PreparedStatement insert =
        connection.prepareStatement("insert into staff_role (staff_id, role) values (?, ?)")) {
      for (Role role : account.roles()) {
        insert.setLong(1, id);
        insert.setString(2, role.name());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return id;
  }

  private static long singleId(Connection connection, String sql, String key) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new SQLException("Nothing found for " + sql);
        }
        return rows.getLong(1);
      }
    }
  }
}
