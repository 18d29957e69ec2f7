package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.security.control.OneTimePasswords;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.platform.PersonalDataCipher;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import cn.cq.police.idcard.receipts.entity.PhotoCheck;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptStatus;
import cn.cq.police.idcard.stations.entity.Reach;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes generated demo data with plain batched JDBC, so the same code fills a demo database with a
 * few hundred receipts at start-up and a benchmark database with millions. Receipts are signed with
 * the (demo) detection centre's key exactly as the real centre would sign them.
 */
public final class DemoDataWriter {

  /** A demo staff account; every one shares the demo password. */
  public record Account(String username, String displayName, Set<Role> roles, Reach reach) {

    Account(String username, String displayName, Set<Role> roles) {
      this(username, displayName, roles, Reach.STATION);
    }
  }

  /** The station whose district the demo's district accounts serve; the city's are kept there. */
  public static final String WIDE_ACCOUNTS_STATION = "yuzhong";

  /**
   * A city administrator (市局), and the district administrator and district supervisor (分局) of
   * 渝中区: accounts kept at one station whose reach is wider.
   */
  public static List<Account> wideAccounts() {
    return List.of(
        new Account("city.admin", "市局管理员", EnumSet.of(Role.ADMINISTRATOR), Reach.CITY),
        new Account(
            "yuzhong.district.admin", "渝中分局管理员", EnumSet.of(Role.ADMINISTRATOR), Reach.DISTRICT),
        new Account(
            "yuzhong.district.supervisor",
            "渝中分局户政",
            EnumSet.of(Role.SUPERVISOR),
            Reach.DISTRICT));
  }

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

  private final DemoDataGenerator generator;
  private final PrivateKey centreKey;
  private final LocalDateTime now;
  private final int photoPool;
  private final Map<Long, byte[]> pooledPhotos = new ConcurrentHashMap<>();
  private final Map<String, Long> stationIds = new HashMap<>();
  private final Map<String, Long> clerkIds = new HashMap<>();
  /** The last acceptance sequence given out per station and day, read from the counter first. */
  private final Map<StationDay, Integer> acceptanceCounters = new HashMap<>();

  /** The counters advanced since they were last written back. */
  private final Map<StationDay, Integer> advancedCounters = new LinkedHashMap<>();

  /** The last sequence per station and day of the load-test history, which has no counter. */
  private final Map<StationDay, Integer> historySequence = new HashMap<>();

  private record StationDay(long stationId, LocalDate day) {}

  /**
   * A receipt to insert; {@code earlierOfPendingApplicant} marks the used receipt of a person whose
   * application is still in progress.
   */
  private record Row(DemoReceipt receipt, boolean earlierOfPendingApplicant) {}

  /** The photo the centre signed and the one stored; they differ only to demonstrate tampering. */
  private record Photos(byte[] signed, byte[] stored) {}

  private final PersonalDataCipher cipher;

  private String sealedId(CitizenIdNumber idNumber) {
    return cipher.seal(idNumber.value(), CitizenIdNumberConverter.COLUMN);
  }

  private String index(CitizenIdNumber idNumber) {
    return cipher.index(idNumber.value());
  }

  /**
   * @param photoPool 0 paints a portrait for every receipt; a positive number reuses that many
   *     portraits, which keeps bulk loads of millions of receipts fast
   */
  /**
   * @param cipher the keyring the personal data is sealed under, as the application seals it
   */
  public DemoDataWriter(
      DemoDataGenerator generator,
      PrivateKey centreKey,
      LocalDateTime now,
      int photoPool,
      PersonalDataCipher cipher) {
    this.cipher = cipher;
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
   * @param passwordHash the hash of the demo password, the same for every account (the password
   *     is public, and one hash per account cost seconds of every test deployment's boot)
   */
  public void writeStationsAndStaff(Connection connection, String passwordHash)
      throws SQLException {
    for (DemoStation station : DemoStations.all()) {
      long stationId = insertStation(connection, station);
      for (Account account : accountsOf(station)) {
        long staffId = insertAccount(connection, account, stationId, passwordHash);
        if (account.username().endsWith(".clerk")) {
          clerkIds.put(station.code(), staffId);
        }
      }
      if (station.slug().equals(WIDE_ACCOUNTS_STATION)) {
        for (Account account : wideAccounts()) {
          insertAccount(connection, account, stationId, passwordHash);
        }
      }
    }
  }

  /**
   * The one documented demo secret of the one-time passwords, Base32 as an authenticator app takes
   * it: every demo account has it enrolled, so {@code bin/totp} prints the code for all of them.
   */
  public static final String DEMO_TOTP_SECRET = "IDCARDDEMOTOTPSECRETCHONGQING234";

  /** The demo accounts' one-time code of this moment (the benchmarks' logins). */
  public static String currentDemoCode() {
    return OneTimePasswords.codeAt(
        OneTimePasswords.fromBase32(DEMO_TOTP_SECRET), java.time.Instant.now());
  }

  /**
   * Enrols the demo secret for every demo account that has no second factor yet (also in a demo
   * database made before there was one); an account an administrator reset keeps its reset.
   *
   * @param sealed the sealed form of the demo secret for a user name
   */
  public static void writeDemoSecondFactors(
      Connection connection, Function<String, String> sealed, LocalDateTime now)
      throws SQLException {
    Set<String> existing = new HashSet<>();
    Set<String> enrolled = new HashSet<>();
    try (PreparedStatement accounts =
            connection.prepareStatement("select username from staff_account");
        ResultSet rows = accounts.executeQuery()) {
      while (rows.next()) {
        existing.add(rows.getString(1));
      }
    }
    try (PreparedStatement factors =
            connection.prepareStatement("select username from second_factor");
        ResultSet rows = factors.executeQuery()) {
      while (rows.next()) {
        enrolled.add(rows.getString(1));
      }
    }
    List<Account> all = new ArrayList<>(wideAccounts());
    DemoStations.all().forEach(station -> all.addAll(accountsOf(station)));
    String sql =
        "insert into second_factor (username, kind, totp_secret_sealed, totp_enrolled_at,"
            + " changed_at) values (?, 'TOTP', ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Account account : all) {
        if (!existing.contains(account.username()) || enrolled.contains(account.username())) {
          continue;
        }
        insert.setString(1, account.username());
        insert.setString(2, sealed.apply(account.username()));
        insert.setTimestamp(3, Timestamp.valueOf(now));
        insert.setTimestamp(4, Timestamp.valueOf(now));
        insert.addBatch();
      }
      insert.executeBatch();
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
            + " photo_sha256, centre_signature, status, received_at, version, citizen_id_index)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)";
    try (PreparedStatement insert =
        connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < batch.size(); i++) {
        DemoReceipt receipt = batch.get(i).receipt();
        String sha256 = CentreSignature.sha256Hex(photos.get(i).signed());
        insert.setString(1, receipt.receiptNumber());
        insert.setString(2, sealedId(receipt.idNumber()));
        insert.setString(3, cipher.seal(receipt.name(), SealedColumns.Name.COLUMN));
        insert.setString(4, receipt.sex().name());
        insert.setString(5, receipt.ethnicityCode());
        insert.setDate(6, Date.valueOf(receipt.birthDate()));
        insert.setString(7, receipt.householdRegionCode());
        insert.setString(8, cipher.seal(receipt.householdAddress(), SealedColumns.Address.COLUMN));
        insert.setDate(9, Date.valueOf(receipt.issueDate()));
        insert.setString(
            10, (receipt.photoPassed() ? PhotoCheck.PASSED : PhotoCheck.FAILED).name());
        insert.setString(11, sha256);
        insert.setString(
            12,
            CentreSignature.sign(
                centreKey,
                Receipt.signedContent(
                    ReceiptNumber.parse(receipt.receiptNumber()), receipt.idNumber(), sha256)));
        insert.setString(13, statusOf(receipt).name());
        insert.setTimestamp(14, Timestamp.valueOf(receipt.issueDate().atTime(9, 30)));
        insert.setString(15, index(receipt.idNumber()));
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
        insert.setBytes(2, cipher.seal(photos.get(i).stored(), SealedColumns.Jpeg.COLUMN));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertApplications(Connection connection, List<Row> batch, List<Long> ids)
      throws SQLException {
    String sql =
        "insert into application (receipt_id, station_id, citizen_id_number, acceptance_number,"
            + " status, submitted_at, submitted_by, version, citizen_id_index)"
            + " values (?, ?, ?, ?, ?, ?, ?, 1, ?)";
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
        insert.setString(3, sealedId(receipt.idNumber()));
        insert.setString(
            4,
            nextAcceptanceNumber(connection, receipt.stationCode(), submittedAt.toLocalDate())
                .value());
        insert.setString(5, applicationStatusOf(batch.get(i)));
        insert.setTimestamp(6, Timestamp.valueOf(submittedAt));
        insert.setLong(7, clerkIds.get(receipt.stationCode()));
        insert.setString(8, index(receipt.idNumber()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    storeCounters(connection);
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
   * Gives one station a history of {@code count} applications for load tests: a used receipt each
   * (signed, with a pooled photo), submitted at office hours spread over the last {@code months}
   * months, with the status changes of its life cycle, a payment (some exempted, some voided), one
   * or two look-ups before the submit, and now and then a proxy, a return for correction or an
   * agent turned away. Deterministic for a seed. Executes and commits every {@code batchSize}.
   *
   * @return the applications written
   */
  public long writeApplicationHistory(
      Connection connection, String stationCode, int count, int months, long seed, int batchSize)
      throws SQLException {
    DemoStation station =
        DemoStations.all().stream()
            .filter(s -> s.code().equals(stationCode))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No demo station " + stationCode));
    long stationId = stationIds.get(stationCode);
    List<Long> staff = new ArrayList<>();
    for (Account account : accountsOf(station)) {
      if (!account.roles().contains(Role.ADMINISTRATOR)) {
        staff.add(
            singleId(
                connection, "select id from staff_account where username = ?", account.username()));
      }
    }
    java.util.Random random = new java.util.Random(seed);
    long spanMinutes = java.time.Duration.between(now.minusMonths(months), now).toMinutes();
    List<History> batch = new ArrayList<>(batchSize);
    long written = 0;
    for (int i = 0; i < count; i++) {
      LocalDateTime submittedAt = now.minusMinutes((long) (random.nextDouble() * spanMinutes));
      // Counters work 9:00-17:00: fold the time of day into office hours.
      submittedAt =
          submittedAt
              .toLocalDate()
              .atTime(9, 0)
              .plusMinutes(
                  Math.floorMod(submittedAt.getHour() * 60L + submittedAt.getMinute(), 480));
      if (submittedAt.isAfter(now)) {
        submittedAt = now.minusMinutes(1 + random.nextInt(60));
      }
      String region =
          station
              .jurisdictionRegionCodes()
              .get(random.nextInt(station.jurisdictionRegionCodes().size()));
      cn.cq.police.idcard.receipts.entity.CitizenIdNumber idNumber =
          cn.cq.police.idcard.receipts.entity.CitizenIdNumber.of(
              region,
              LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25000)),
              1 + random.nextInt(999));
      batch.add(
          new History(
              "H"
                  + stationCode.substring(0, 6)
                  + String.format("%013d", seed % 1000 * 10_000_000L + i),
              idNumber,
              submittedAt,
              staff.get(random.nextInt(Math.min(2, staff.size()))),
              staff.get(staff.size() - 1),
              random.nextInt(1000)));
      if (batch.size() >= batchSize) {
        written += flushHistory(connection, stationCode, stationId, batch);
      }
    }
    return written + flushHistory(connection, stationCode, stationId, batch);
  }

  /** One generated application of a station's history; {@code dice} 0..999 picks its fate. */
  private record History(
      String receiptNumber,
      cn.cq.police.idcard.receipts.entity.CitizenIdNumber idNumber,
      LocalDateTime submittedAt,
      long clerk,
      long supervisor,
      int dice) {

    LocalDateTime collectionDue() {
      return submittedAt.plusDays(20 + dice % 10).plusHours(dice % 5);
    }

    String status(LocalDateTime now) {
      long ageDays = java.time.Duration.between(submittedAt, now).toDays();
      if (dice < 5) {
        return ApplicationStatus.CANCELLED.name();
      }
      // A card is collected only once its collection time has come; one still due later is
      // waiting at the station (stamping it "now" would pile the history's pending collections
      // onto the moment the data was written).
      boolean collectable = !collectionDue().isAfter(now);
      if (ageDays >= 30) {
        return dice < 990 && collectable
            ? ApplicationStatus.COLLECTED.name()
            : ApplicationStatus.ARRIVED_AT_STATION.name();
      }
      if (ageDays >= 20) {
        return dice < 600 && collectable
            ? ApplicationStatus.COLLECTED.name()
            : ApplicationStatus.ARRIVED_AT_STATION.name();
      }
      if (ageDays >= 2) {
        return dice < 700
            ? ApplicationStatus.SENT_TO_PRODUCTION.name()
            : ApplicationStatus.PRODUCED.name();
      }
      return dice < 80
          ? ApplicationStatus.AWAITING_APPROVAL.name()
          : ApplicationStatus.SUBMITTED.name();
    }
  }

  private long flushHistory(
      Connection connection, String stationCode, long stationId, List<History> batch)
      throws SQLException {
    if (batch.isEmpty()) {
      return 0;
    }
    byte[] photo =
        pooledPhotos.computeIfAbsent(
            -1L,
            s -> PortraitPainter.paintJpeg(7, cn.cq.police.idcard.receipts.entity.Sex.MALE, 40));
    String sha256 = CentreSignature.sha256Hex(photo);
    byte[] sealedPhoto = cipher.seal(photo, SealedColumns.Jpeg.COLUMN);
    List<Long> receiptIds = new ArrayList<>(batch.size());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into receipt (receipt_number, citizen_id_number, name, sex, ethnicity_code,"
                + " birth_date, household_region_code, household_address, issue_date, photo_check,"
                + " photo_sha256, centre_signature, status, received_at, version, citizen_id_index)"
                + " values (?, ?, ?, ?, '01', ?, ?, ?, ?, 'PASSED', ?, ?, 'USED', ?, 1, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (History h : batch) {
        insert.setString(1, h.receiptNumber());
        insert.setString(2, sealedId(h.idNumber()));
        insert.setString(3, cipher.seal("测试申请人", SealedColumns.Name.COLUMN));
        insert.setString(4, h.idNumber().sex().name());
        insert.setDate(5, Date.valueOf(h.idNumber().birthDate()));
        insert.setString(6, h.idNumber().regionCode());
        insert.setString(7, cipher.seal("重庆市测试地址", SealedColumns.Address.COLUMN));
        insert.setDate(8, Date.valueOf(h.submittedAt().toLocalDate().minusDays(3)));
        insert.setString(9, sha256);
        insert.setString(
            10,
            CentreSignature.sign(
                centreKey,
                Receipt.signedContent(
                    ReceiptNumber.parse(h.receiptNumber()), h.idNumber(), sha256)));
        insert.setTimestamp(11, Timestamp.valueOf(h.submittedAt().minusDays(3)));
        insert.setString(12, index(h.idNumber()));
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        while (keys.next()) {
          receiptIds.add(keys.getLong(1));
        }
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into receipt_photo (receipt_id, jpeg) values (?, ?)")) {
      for (long id : receiptIds) {
        insert.setLong(1, id);
        insert.setBytes(2, sealedPhoto);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<Long> applicationIds = new ArrayList<>(batch.size());
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into application (receipt_id, station_id, citizen_id_number, acceptance_number,"
                + " status, submitted_at, submitted_by, collected_at, handed_over_by, in_person,"
                + " needs_approval, application_type, version, citizen_id_index)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < batch.size(); i++) {
        History h = batch.get(i);
        String status = h.status(now);
        boolean collected = ApplicationStatus.COLLECTED.name().equals(status);
        insert.setLong(1, receiptIds.get(i));
        insert.setLong(2, stationId);
        insert.setString(3, sealedId(h.idNumber()));
        insert.setString(
            4, historyAcceptanceNumber(stationCode, stationId, h.submittedAt().toLocalDate()));
        insert.setString(5, status);
        insert.setTimestamp(6, Timestamp.valueOf(h.submittedAt()));
        insert.setLong(7, h.clerk());
        if (collected) {
          insert.setTimestamp(8, Timestamp.valueOf(h.collectionDue()));
          insert.setLong(9, h.clerk());
        } else {
          insert.setNull(8, java.sql.Types.TIMESTAMP);
          insert.setNull(9, java.sql.Types.BIGINT);
        }
        insert.setBoolean(10, h.dice() >= 50);
        insert.setBoolean(11, h.dice() < 80);
        insert.setString(
            12,
            h.dice() % 3 == 0
                ? "RENEWAL_ON_EXPIRY"
                : h.dice() % 3 == 1 ? "FIRST_APPLICATION" : "LOST");
        insert.setString(13, index(h.idNumber()));
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        while (keys.next()) {
          applicationIds.add(keys.getLong(1));
        }
      }
    }
    insertHistoryDetails(connection, stationId, batch, applicationIds, receiptIds);
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    int size = batch.size();
    batch.clear();
    return size;
  }

  private static LocalDateTime collectedAt(History h) {
    return h.collectionDue();
  }

  private void insertHistoryDetails(
      Connection connection,
      long stationId,
      List<History> batch,
      List<Long> applicationIds,
      List<Long> receiptIds)
      throws SQLException {
    try (PreparedStatement changes =
            connection.prepareStatement(
                "insert into application_status_change (application_id, status, changed_at,"
                    + " changed_by) values (?, ?, ?, ?)");
        PreparedStatement payments =
            connection.prepareStatement(
                "insert into payment (application_id, station_id, fee_kind, amount_fen, method,"
                    + " fee_receipt_number, exemption_reason, exemption_status, voided,"
                    + " created_at, created_by, voided_at, voided_by, void_reason, fee_relief)"
                    + " values (?, ?, 'RENEWAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement lookups =
            connection.prepareStatement(
                "insert into receipt_lookup (station_id, staff_id, receipt_number, receipt_id,"
                    + " household_region_code, outcome, looked_up_at)"
                    + " values (?, ?, ?, ?, ?, 'USABLE', ?)");
        PreparedStatement proxies =
            connection.prepareStatement(
                "insert into proxy_authorization (application_id, policy_code, agent_name,"
                    + " agent_id_number, relationship, agent_phone, letter_date, delegated_matter,"
                    + " applicant_disabled_or_bedridden, applicant_abroad, agent_id_card_seen,"
                    + " principal_signatures_seen, relationship_evidence_seen, undertaking_signed,"
                    + " video_call_done, agent_id_index) values (?, 'ANY_FAMILY_2006', ?, ?, 'SPOUSE',"
                    + " ?, ?, '申领居民身份证', false, false, true, true, true, false, false, ?)");
        PreparedStatement decisions =
            connection.prepareStatement(
                "insert into application_decision (application_id, decision, reason_code,"
                    + " decided_by, decided_at) values (?, ?, ?, ?, ?)")) {
      String[] methods = {"CASH", "BANK_CARD", "WECHAT_PAY", "ALIPAY"};
      String[] reasons = {"PHOTO_UNCLEAR", "SIGNATURE_MISSING", "WRONG_TYPE", "PROXY_EVIDENCE"};
      for (int i = 0; i < batch.size(); i++) {
        History h = batch.get(i);
        long id = applicationIds.get(i);
        String status = h.status(now);
        changes.setLong(1, id);
        changes.setString(2, h.dice() < 80 ? "AWAITING_APPROVAL" : "SUBMITTED");
        changes.setTimestamp(3, Timestamp.valueOf(h.submittedAt()));
        changes.setLong(4, h.clerk());
        changes.addBatch();
        if (!status.equals("SUBMITTED") && !status.equals("AWAITING_APPROVAL")) {
          changes.setLong(1, id);
          changes.setString(2, status);
          changes.setTimestamp(
              3,
              Timestamp.valueOf(
                  status.equals("COLLECTED") ? h.collectionDue() : h.submittedAt().plusDays(1)));
          changes.setNull(4, java.sql.Types.BIGINT);
          changes.addBatch();
        }
        boolean exempted = h.dice() >= 980;
        boolean voided = h.dice() >= 960 && h.dice() < 970;
        payments.setLong(1, id);
        payments.setLong(2, stationId);
        payments.setLong(3, exempted ? 0 : 2000);
        payments.setString(4, exempted ? null : methods[h.dice() % methods.length]);
        payments.setString(5, exempted ? null : "F" + id);
        payments.setString(6, exempted ? "低保" : null);
        payments.setString(7, exempted ? "APPROVED" : null);
        payments.setBoolean(8, voided);
        payments.setTimestamp(9, Timestamp.valueOf(h.submittedAt()));
        payments.setLong(10, h.clerk());
        payments.setTimestamp(
            11, voided ? Timestamp.valueOf(h.submittedAt().plusMinutes(10)) : null);
        if (voided) {
          payments.setLong(12, h.supervisor());
        } else {
          payments.setNull(12, java.sql.Types.BIGINT);
        }
        payments.setString(13, voided ? "收费有误" : null);
        payments.setString(14, exempted ? "MINIMUM_LIVING_ALLOWANCE" : null);
        payments.addBatch();
        for (int look = 0; look < 1 + h.dice() % 2; look++) {
          lookups.setLong(1, stationId);
          lookups.setLong(2, h.clerk());
          lookups.setString(3, h.receiptNumber());
          lookups.setLong(4, receiptIds.get(i));
          // The receipt's household region, which these receipts take from the ID number.
          lookups.setString(5, h.idNumber().regionCode());
          lookups.setTimestamp(
              6, Timestamp.valueOf(h.submittedAt().minusMinutes(3 + (h.dice() % 20) + look * 5L)));
          lookups.addBatch();
        }
        if (h.dice() < 50) {
          CitizenIdNumber agent =
              CitizenIdNumber.of(
                  "500103", LocalDate.of(1960, 1, 1).plusDays(h.dice() * 7L), 1 + h.dice());
          proxies.setLong(1, id);
          proxies.setString(2, cipher.seal("代办人", SealedColumns.Name.COLUMN));
          proxies.setString(3, sealedId(agent));
          proxies.setString(4, cipher.seal("13800000000", SealedColumns.Phone.COLUMN));
          proxies.setDate(5, Date.valueOf(h.submittedAt().toLocalDate()));
          proxies.setString(6, index(agent));
          proxies.addBatch();
        }
        if (h.dice() >= 800 && h.dice() < 830) {
          decisions.setLong(1, id);
          decisions.setString(2, "RETURNED");
          decisions.setString(3, reasons[h.dice() % reasons.length]);
          decisions.setLong(4, h.supervisor());
          decisions.setTimestamp(5, Timestamp.valueOf(h.submittedAt().plusHours(1)));
          decisions.addBatch();
        }
      }
      changes.executeBatch();
      payments.executeBatch();
      lookups.executeBatch();
      proxies.executeBatch();
      decisions.executeBatch();
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

  /**
   * The next acceptance number of a station's day, continuing the product's counter of that day,
   * so that numbers the counter gives out later do not collide with the demo's.
   */
  private AcceptanceNumber nextAcceptanceNumber(
      Connection connection, String stationCode, LocalDate day) throws SQLException {
    StationDay key = new StationDay(stationIds.get(stationCode), day);
    Integer last = acceptanceCounters.get(key);
    if (last == null) {
      last = storedCounter(connection, key);
    }
    acceptanceCounters.put(key, last + 1);
    advancedCounters.put(key, last + 1);
    return AcceptanceNumber.of(stationCode, day, last + 1);
  }

  private static int storedCounter(Connection connection, StationDay key) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select last_value from acceptance_counter where station_id = ? and business_date = ?")) {
      query.setLong(1, key.stationId());
      query.setDate(2, Date.valueOf(key.day()));
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getInt(1) : 0;
      }
    }
  }

  /** Writes the advanced counters back, opening the days the counter has not seen yet. */
  private void storeCounters(Connection connection) throws SQLException {
    try (PreparedStatement update =
            connection.prepareStatement(
                "update acceptance_counter set last_value = ? where station_id = ?"
                    + " and business_date = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into acceptance_counter (station_id, business_date, last_value)"
                    + " values (?, ?, ?)")) {
      for (Map.Entry<StationDay, Integer> counter : advancedCounters.entrySet()) {
        update.setInt(1, counter.getValue());
        update.setLong(2, counter.getKey().stationId());
        update.setDate(3, Date.valueOf(counter.getKey().day()));
        if (update.executeUpdate() == 0) {
          insert.setLong(1, counter.getKey().stationId());
          insert.setDate(2, Date.valueOf(counter.getKey().day()));
          insert.setInt(3, counter.getValue());
          insert.executeUpdate();
        }
      }
    }
    advancedCounters.clear();
  }

  /**
   * A load-test history number: shaped like the counter's, under the station code with its first
   * character replaced by H, so the history is told apart by {@code like 'H%'} and never collides
   * with the station's own numbers.
   */
  private String historyAcceptanceNumber(String stationCode, long stationId, LocalDate day) {
    int sequence = historySequence.merge(new StationDay(stationId, day), 1, Integer::sum);
    return AcceptanceNumber.of("H" + stationCode.substring(1), day, sequence).value();
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
      Connection connection, Account account, long stationId, String passwordHash)
      throws SQLException {
    String sql =
        "insert into staff_account (username, display_name, password_hash, station_id, enabled,"
            + " created_at, reach) values (?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, account.username());
      insert.setString(2, account.displayName());
      insert.setString(3, passwordHash);
      insert.setLong(4, stationId);
      insert.setBoolean(5, true);
      insert.setTimestamp(6, Timestamp.valueOf(now));
      insert.setString(7, account.reach().name());
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
