package cn.cq.police.idcard.demo.benchmark;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.demo.control.DemoStations;
import cn.cq.police.idcard.insight.control.AnomalyQuery;
import cn.cq.police.idcard.insight.control.Dashboard;
import cn.cq.police.idcard.insight.control.DashboardQuery;
import cn.cq.police.idcard.insight.control.InsightSettings;
import cn.cq.police.idcard.insight.control.SqlDialect;
import cn.cq.police.idcard.insight.control.Thresholds;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import cn.cq.police.idcard.security.control.PersonalDataKeyring;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Command line: builds (once) a demo database where one station has a history of 50,000
 * applications, then times in one run, in-process over JDBC on the same connection: the
 * supervisor's dashboard (the very {@link DashboardQuery} the page runs), the first page of the
 * review list (the first 25 of the station's applications of the last 30 days by submit time,
 * newest first, with the count), the anomaly signals, and a single receipt look-up (the statements
 * the counter's look-up runs: the caller's account and station, the receipt, its photo, the
 * signature check, the applicant's applications in progress, and the look-up log row). The HTTP and
 * JSF rendering around each is not included. Run with bin/benchmark-insight.
 *
 * <pre>
 * java -cp "target/classes:target/idcard-counter/WEB-INF/lib/*" \
 *   cn.cq.police.idcard.demo.benchmark.InsightBenchmark --url jdbc:h2:file:./target/bench/idcard \
 *   [--applications 50000] [--station 500103510001] [--iterations 50]
 * </pre>
 */
public final class InsightBenchmark {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** What the dashboard stores of a station's complete days, children before parents. */
  private static final List<String> STORED_DASHBOARD_TABLES =
      List.of(
          "dashboard_month",
          "dashboard_month_count",
          "dashboard_month_wait",
          "dashboard_day_count",
          "dashboard_day_wait",
          "dashboard_day");

  private InsightBenchmark() {}

  public static void main(String[] args) throws Exception {
    Properties defaults = new Properties();
    try (InputStream in =
        InsightBenchmark.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!options.containsKey("url")) {
      System.err.println(
          "usage: InsightBenchmark --url JDBC_URL [--user U] [--password P]"
              + " [--applications 50000] [--station CODE] [--iterations N]");
      System.exit(2);
    }
    String stationCode = options.getOrDefault("station", "500103510001");
    int applications = Integer.parseInt(options.getOrDefault("applications", "50000"));
    int iterations = Integer.parseInt(options.getOrDefault("iterations", "50"));
    long seed = Long.parseLong(defaults.getProperty("demo.data.seed"));
    int validityDays = Integer.parseInt(defaults.getProperty("receipts.validity-days"));
    LocalDateTime now = LocalDateTime.now(ZONE);
    DemoDataGenerator generator = new DemoDataGenerator(seed, now.toLocalDate(), validityDays);
    keyring = PersonalDataKeyring.fromSettings(PersonalDataKeyring.settings(defaults));
    DemoDataWriter writer =
        new DemoDataWriter(
            generator,
            CentreSignature.privateKey(defaults.getProperty("demo.detection-centre.private-key")),
            now,
            256,
            keyring);
    try (Connection connection =
        DriverManager.getConnection(
            options.get("url"),
            options.getOrDefault("user", "idcard"),
            options.getOrDefault("password", "idcard"))) {
      prepare(connection, writer, stationCode, applications, seed);
      connection.setAutoCommit(true);
      SqlDialect dialect = SqlDialect.of(connection);
      long stationId = single(connection, "select id from station where code = ?", stationCode);
      long total =
          single(connection, "select count(*) from application where station_id = ?", stationId);
      String database = connection.getMetaData().getDatabaseProductName();
      System.out.printf(
          "Station %s has %d applications (%s); timings in-process over JDBC, %d runs each after"
              + " %d warm-up runs, without HTTP/JSF rendering:%n",
          stationCode, total, database, iterations, iterations / 2);
      System.out.printf(
          "(dashboard, review list and look-up: %d rounds in turns after %d warm-up rounds)%n",
          iterations * 4, iterations * 2);

      DashboardQuery dashboard = new DashboardQuery(dialect);
      // The dashboard as the supervisor sees it at the end of a full working day (yesterday's,
      // complete in the history), not at whatever hour the benchmark happens to run: early in
      // the morning today has hardly begun and the live part would be nearly empty.
      LocalDateTime endOfDay = LocalDate.now(ZONE).minusDays(1).atTime(17, 30);
      // Start from no stored days: what a station sees before its first dashboard of the month.
      for (String table : STORED_DASHBOARD_TABLES) {
        try (PreparedStatement delete =
            connection.prepareStatement("delete from " + table + " where station_id = ?")) {
          delete.setLong(1, stationId);
          delete.executeUpdate();
        }
      }
      double[] allLiveMs =
          time(
              Math.max(2, iterations / 5),
              () -> dashboard.compute(connection, stationId, endOfDay));
      long storing = System.nanoTime();
      int storedDays = dashboard.summarizeCompleteDays(connection, stationId, endOfDay);
      double storingMs = (System.nanoTime() - storing) / 1e6;
      if (dialect == SqlDialect.POSTGRESQL) {
        // The steady state of a station: its stored days long since vacuumed and analysed by
        // autovacuum (fresh rows would be read through the heap, not from the index alone).
        for (String table : STORED_DASHBOARD_TABLES) {
          try (PreparedStatement vacuum = connection.prepareStatement("vacuum analyze " + table)) {
            vacuum.execute();
          }
        }
      }
      Dashboard sample = dashboard.compute(connection, stationId, endOfDay);
      Thresholds thresholds = thresholds(defaults);
      AnomalyQuery anomalies = new AnomalyQuery(thresholds, keyring);
      String username = DemoDataWriter.accountsOf(station(stationCode)).get(0).username();
      DemoReceipt receipt = usableReceipt(generator, stationCode);
      CentreSignature signature =
          new CentreSignature(
              CentreSignature.publicKey(
                  defaults.getProperty("receipts.detection-centre.public-key")));

      double[] anomalyMs =
          time(iterations, () -> anomalies.detect(connection, stationId, LocalDateTime.now(ZONE)));
      // The three compared with each other take turns, so that the machine's ups and downs (a
      // shared virtual machine's are large) fall on all three alike.
      Timestamp lookupsFrom = Timestamp.valueOf(LocalDateTime.now(ZONE).minusSeconds(1));
      double[][] compared =
          inTurns(
              iterations * 4,
              () -> dashboard.compute(connection, stationId, endOfDay),
              () -> reviewFirstPage(connection, stationId),
              () -> lookUp(connection, signature, username, receipt));
      double[] dashboardMs = compared[0];
      double[] reviewMs = compared[1];
      double[] lookupMs = compared[2];
      // The look-ups just timed are the benchmark's, not the station's: left in place, every run
      // would add to today's live figures and slow the next run's dashboard.
      try (PreparedStatement forget =
          connection.prepareStatement(
              "delete from receipt_lookup where looked_up_at >= ? and staff_id ="
                  + " (select id from staff_account where username = ?)")) {
        forget.setTimestamp(1, lookupsFrom);
        forget.setString(2, username);
        forget.executeUpdate();
      }
      if (dialect == SqlDialect.POSTGRESQL) {
        // and their dead index entries would slow the next run's index-only scans until
        // autovacuum came by.
        try (PreparedStatement vacuum = connection.prepareStatement("vacuum receipt_lookup")) {
          vacuum.execute();
        }
      }

      print("dashboard, month's days all live (before)", allLiveMs);
      System.out.printf(
          "  storing the month's %d complete days (once per day)  %9.2f ms%n",
          storedDays, storingMs);
      print(
          "dashboard ("
              + sample.months().submitted()
              + " this month, "
              + sample.todays().submitted()
              + " that day)",
          dashboardMs);
      print("review list first page (25 rows + count)", reviewMs);
      print("anomaly signals", anomalyMs);
      print("single receipt look-up", lookupMs);
      System.out.printf(
          "ratio to the single look-up (median): dashboard %.1fx, review list %.1fx (goal <= 3x)%n",
          median(dashboardMs) / median(lookupMs), median(reviewMs) / median(lookupMs));
    }
  }

  /** Schema, demo stations and receipts when the database is empty; the history once. */
  private static void prepare(
      Connection connection, DemoDataWriter writer, String stationCode, int applications, long seed)
      throws SQLException {
    boolean postgres = SqlDialect.of(connection) == SqlDialect.POSTGRESQL;
    connection.setAutoCommit(false);
    if (!DemoDataWriter.hasStations(migrated(connection, postgres))) {
      writer.writeStationsAndStaff(connection, "benchmark-no-login");
      writer.writeReceipts(connection, 0, 400, 200);
      connection.commit();
    } else {
      writer.readStationsAndStaff(connection);
    }
    long stationId = single(connection, "select id from station where code = ?", stationCode);
    long history =
        single(
            connection,
            "select count(*) from application where station_id = ? and acceptance_number like 'H%'",
            stationId);
    if (history == 0) {
      long started = System.nanoTime();
      long written =
          writer.writeApplicationHistory(connection, stationCode, applications, 12, seed, 1000);
      System.out.printf(
          "Loaded %d applications for station %s in %.1f s%n",
          written, stationCode, (System.nanoTime() - started) / 1e9);
    }
    connection.commit();
  }

  private static Connection migrated(Connection connection, boolean postgres) throws SQLException {
    String url = connection.getMetaData().getURL();
    String user = connection.getMetaData().getUserName();
    // Flyway wants a data source; the benchmark's own connection's URL will do.
    Flyway.configure(InsightBenchmark.class.getClassLoader())
        .dataSource(url, user, System.getProperty("benchmark.password", "idcard"))
        .locations(
            postgres
                ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                : new String[] {"classpath:db/migration"})
        .load()
        .migrate();
    return connection;
  }

  private static Thresholds thresholds(Properties defaults) {
    return new Thresholds(
        intOf(defaults, "insight.agent.min-applicants"),
        intOf(defaults, "insight.agent.window-days"),
        intOf(defaults, "insight.voids.min-per-clerk"),
        intOf(defaults, "insight.voids.window-days"),
        intOf(defaults, "insight.unused-lookups.min-lookups"),
        intOf(defaults, "insight.unused-lookups.window-days"),
        InsightSettings.parseStuckDays(defaults.getProperty("insight.stuck-days")),
        intOf(defaults, "insight.outside-jurisdiction.min-per-day"),
        Double.parseDouble(defaults.getProperty("insight.outside-jurisdiction.min-share")),
        intOf(defaults, "insight.outside-jurisdiction.window-days"),
        intOf(defaults, "insight.max-cases-per-signal"));
  }

  private static int intOf(Properties properties, String key) {
    return Integer.parseInt(properties.getProperty(key).trim());
  }

  private static cn.cq.police.idcard.demo.control.DemoStation station(String code) {
    return DemoStations.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
  }

  private static DemoReceipt usableReceipt(DemoDataGenerator generator, String stationCode) {
    int index = DemoStations.all().indexOf(station(stationCode));
    for (long i = 0; i < 400; i++) {
      if (i % 5 == index && DemoDataGenerator.stateOf(i) == DemoReceiptState.USABLE) {
        return generator.receipt(i);
      }
    }
    throw new IllegalStateException("No usable demo receipt for " + stationCode);
  }

  // As ReviewList runs it: the page's ids from the application rows alone, then those rows joined.
  private static final String REVIEW_PAGE_IDS =
      "select a.id from application a"
          + " where a.station_id = ? and a.submitted_at >= ? and a.submitted_at < ?"
          + " order by a.submitted_at desc, a.id desc offset 0 rows fetch first 25 rows only";
  private static final String REVIEW_PAGE_ROWS =
      "select a.id, a.acceptance_number, a.status, a.application_type, a.in_person,"
          + " a.submitted_at, s.display_name, r.name"
          + " from application a join staff_account s on s.id = a.submitted_by"
          + " join receipt r on r.id = a.receipt_id where a.id in (%s)";
  private static final String REVIEW_COUNT =
      "select count(*) from application"
          + " where station_id = ? and submitted_at >= ? and submitted_at < ?";

  private static long reviewRuns;

  /** The personal-data keyring: the review list and the look-up open what the product opens. */
  private static PersonalDataKeyring keyring;

  private static Object reviewFirstPage(Connection connection, long stationId) throws SQLException {
    LocalDate today = LocalDate.now(ZONE);
    Timestamp from = Timestamp.valueOf(today.minusDays(30).atStartOfDay());
    // A different microsecond each run, so H2 cannot answer from its cache of the last result.
    Timestamp to =
        Timestamp.valueOf(today.plusDays(1).atStartOfDay().minusNanos(1000L * ++reviewRuns));
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement page = connection.prepareStatement(REVIEW_PAGE_IDS)) {
      page.setLong(1, stationId);
      page.setTimestamp(2, from);
      page.setTimestamp(3, to);
      try (ResultSet result = page.executeQuery()) {
        while (result.next()) {
          ids.add(result.getLong(1));
        }
      }
    }
    List<String> rows = new ArrayList<>();
    String placeholders = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement page =
        connection.prepareStatement(String.format(REVIEW_PAGE_ROWS, placeholders))) {
      for (int i = 0; i < ids.size(); i++) {
        page.setLong(i + 1, ids.get(i));
      }
      try (ResultSet result = page.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(2) + keyring.open(result.getString(8), SealedColumns.Name.COLUMN));
        }
      }
    }
    try (PreparedStatement count = connection.prepareStatement(REVIEW_COUNT)) {
      count.setLong(1, stationId);
      count.setTimestamp(2, from);
      count.setTimestamp(3, to);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return rows.size() + result.getLong(1);
      }
    }
  }

  /** The statements of one counter look-up of a usable receipt, and its log row. */
  private static Object lookUp(
      Connection connection, CentreSignature signature, String username, DemoReceipt demo)
      throws SQLException {
    long staffId;
    long stationId;
    try (PreparedStatement staff =
        connection.prepareStatement(
            "select s.id, s.station_id, t.name, t.eligibility_policy_id from staff_account s"
                + " join station t on t.id = s.station_id where s.username = ?")) {
      staff.setString(1, username);
      try (ResultSet row = staff.executeQuery()) {
        row.next();
        staffId = row.getLong(1);
        stationId = row.getLong(2);
      }
    }
    Set<String> jurisdiction = new HashSet<>();
    try (PreparedStatement regions =
        connection.prepareStatement(
            "select region_code from station_jurisdiction where station_id = ?")) {
      regions.setLong(1, stationId);
      try (ResultSet rows = regions.executeQuery()) {
        while (rows.next()) {
          jurisdiction.add(rows.getString(1));
        }
      }
    }
    long receiptId;
    String sha256;
    String centreSignature;
    String region;
    try (PreparedStatement receipt =
        connection.prepareStatement("select * from receipt where receipt_number = ?")) {
      receipt.setString(1, demo.receiptNumber());
      try (ResultSet row = receipt.executeQuery()) {
        row.next();
        receiptId = row.getLong("id");
        sha256 = row.getString("photo_sha256");
        centreSignature = row.getString("centre_signature");
        region = row.getString("household_region_code");
        // What loading the Receipt entity opens.
        CitizenIdNumber.parse(
            keyring.open(row.getString("citizen_id_number"), CitizenIdNumberConverter.COLUMN));
        keyring.open(row.getString("name"), SealedColumns.Name.COLUMN);
        keyring.open(row.getString("household_address"), SealedColumns.Address.COLUMN);
      }
    }
    byte[] jpeg;
    try (PreparedStatement photo =
        connection.prepareStatement("select jpeg from receipt_photo where receipt_id = ?")) {
      photo.setLong(1, receiptId);
      try (ResultSet row = photo.executeQuery()) {
        row.next();
        jpeg = keyring.open(row.getBytes(1), SealedColumns.Jpeg.COLUMN);
      }
    }
    CitizenIdNumber idNumber = demo.idNumber();
    boolean verified =
        signature.verifies(
            cn.cq.police.idcard.receipts.entity.Receipt.signedContent(
                cn.cq.police.idcard.receipts.entity.ReceiptNumber.parse(demo.receiptNumber()),
                idNumber,
                sha256),
            sha256,
            centreSignature,
            jpeg);
    boolean inProgress;
    try (PreparedStatement applications =
        connection.prepareStatement(
            "select * from application where citizen_id_index = ? and status in"
                + " ('AWAITING_APPROVAL', 'RETURNED', 'SUSPECTED_FRAUD', 'SUBMITTED',"
                + " 'SENT_TO_PRODUCTION', 'PRODUCED', 'ARRIVED_AT_STATION')"
                + " order by submitted_at desc fetch first 1 rows only")) {
      applications.setString(1, keyring.index(idNumber.value()));
      try (ResultSet rows = applications.executeQuery()) {
        inProgress = rows.next();
      }
    }
    try (PreparedStatement log =
        connection.prepareStatement(
            "insert into receipt_lookup (station_id, staff_id, receipt_number, receipt_id,"
                + " household_region_code, outcome, looked_up_at) values (?, ?, ?, ?, ?, ?, ?)")) {
      log.setLong(1, stationId);
      log.setLong(2, staffId);
      log.setString(3, demo.receiptNumber());
      log.setLong(4, receiptId);
      log.setString(5, region); // the receipt's household, as the counter logs it
      log.setString(6, verified && !inProgress && jurisdiction.contains(region) ? "USABLE" : "X");
      log.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now(ZONE)));
      log.executeUpdate();
    }
    return verified;
  }

  private interface Run {
    Object run() throws SQLException;
  }

  /** Each run once per round, in turn; half as many warm-up rounds first. Sorted timings. */
  private static double[][] inTurns(int rounds, Run... runs) throws SQLException {
    for (int i = 0; i < rounds / 2; i++) {
      for (Run run : runs) {
        run.run();
      }
    }
    double[][] millis = new double[runs.length][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int r = 0; r < runs.length; r++) {
        long started = System.nanoTime();
        runs[r].run();
        millis[r][i] = (System.nanoTime() - started) / 1e6;
      }
    }
    for (double[] one : millis) {
      Arrays.sort(one);
    }
    return millis;
  }

  private static double[] time(int iterations, Run run) throws SQLException {
    for (int i = 0; i < iterations / 2; i++) {
      run.run();
    }
    double[] millis = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long started = System.nanoTime();
      run.run();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  private static double median(double[] sorted) {
    return sorted[(sorted.length - 1) / 2];
  }

  private static void print(String what, double[] sorted) {
    System.out.printf(
        "  %-48s median %8.2f ms   p95 %8.2f ms%n",
        what, median(sorted), sorted[(int) Math.ceil(sorted.length * 0.95) - 1]);
  }

  private static long single(Connection connection, String sql, Object parameter)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
