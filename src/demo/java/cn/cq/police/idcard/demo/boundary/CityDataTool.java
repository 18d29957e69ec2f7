package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.demo.control.CityDataWriter;
import cn.cq.police.idcard.demo.control.CityPlan;
import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.security.control.CryptoSuite;
import cn.cq.police.idcard.security.control.OneTimePasswordSecrets;
import cn.cq.police.idcard.security.control.OneTimePasswords;
import cn.cq.police.idcard.security.control.PersonalDataKeyring;
import cn.cq.police.idcard.security.control.SecretSealing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code DemoDataTool --city true}: city-sized data (issue 17) in a PostgreSQL database the demo
 * war has migrated and seeded once: {@code --stations} (1000) stations over Chongqing's districts
 * with five accounts each (demo password and demo TOTP secret), {@code --receipts} receipts over
 * {@code --years} (5) years, {@code --applications} of them used by an application, a photo for
 * the newest {@code --photos} (20) of every station, and {@code --csv} (target/city-receipts.csv)
 * listing at most {@code --csv-lines} (10000) of those for {@code bin/load}. Chunks of {@code
 * --chunk} (20000) receipts, each one COPY transaction, on {@code --threads} (cores) connections.
 * {@code --list-only true} writes only the list for a database filled before, on the day {@code
 * --today} (yyyy-MM-dd) it was filled.
 */
final class CityDataTool {

  private CityDataTool() {}

  static void run(Map<String, String> options, Properties defaults)
      throws SQLException, IOException {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    // --today: the day a database was filled, for --list-only on a later day.
    LocalDate today =
        options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now(zone);
    int stations = Integer.parseInt(options.getOrDefault("stations", "1000"));
    long receipts = Long.parseLong(options.getOrDefault("receipts", "10000000"));
    long applications = Long.parseLong(options.getOrDefault("applications", "2000000"));
    int photos = Integer.parseInt(options.getOrDefault("photos", "20"));
    int years = Integer.parseInt(options.getOrDefault("years", "5"));
    int chunk = Integer.parseInt(options.getOrDefault("chunk", "20000"));
    int threads =
        Integer.parseInt(
            options.getOrDefault(
                "threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    CityPlan plan =
        new CityPlan(
            Long.parseLong(options.get("seed")),
            today,
            stations,
            receipts,
            applications,
            photos,
            years);
    Path csv = Path.of(options.getOrDefault("csv", "target/city-receipts.csv"));
    if (Boolean.parseBoolean(options.get("list-only"))) {
      writeReceiptList(plan, options, csv);
      return;
    }
    Function<String, java.util.Optional<String>> settings = PersonalDataKeyring.settings(defaults);
    // The keyring exactly as DemoDataTool and the application build it from the settings.
    Supplier<PersonalDataKeyring> keyring = () -> PersonalDataKeyring.fromSettings(settings);
    SecretSealing totpSealing =
        SecretSealing.fromBase64(
            CryptoSuite.named(settings.apply("security.crypto-suite").orElse("international")),
            settings.apply("security.credentials-master-key").orElseThrow());
    byte[] demoSecret = OneTimePasswords.fromBase32(DemoDataWriter.DEMO_TOTP_SECRET);
    CityDataWriter writer =
        new CityDataWriter(
            plan, CentreSignature.privateKey(options.get("private-key")), LocalDateTime.now(zone));
    String url = options.get("url");
    String user = options.getOrDefault("user", "idcard");
    String password = options.getOrDefault("password", "idcard");
    long started = System.nanoTime();
    CityDataWriter.Ids ids;
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      connection.setAutoCommit(false);
      if (writer.alreadyWritten(connection)) {
        System.err.println("City data already in this database: nothing written.");
        System.exit(1);
      }
      ids =
          writer.writeStationsAndStaff(
              connection,
              CityDataWriter.demoPasswordHash(connection),
              username -> totpSealing.seal(demoSecret, OneTimePasswordSecrets.associatedData(username)));
    }
    System.out.printf(
        "%d stations in %d districts, %d accounts in %.1f s%n",
        stations,
        CityPlan.districts().size(),
        stations * 5,
        (System.nanoTime() - started) / 1e9);
    long chunks = (receipts + chunk - 1) / chunk;
    AtomicLong nextChunk = new AtomicLong();
    AtomicLong doneReceipts = new AtomicLong();
    AtomicLong donePhotos = new AtomicLong();
    AtomicLong doneApplications = new AtomicLong();
    AtomicLong photoBytes = new AtomicLong();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    long receiptsStarted = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                PersonalDataKeyring cipher = keyring.get();
                try (Connection connection = DriverManager.getConnection(url, user, password)) {
                  connection.setAutoCommit(false);
                  for (long c = nextChunk.getAndIncrement();
                      c < chunks && failures.isEmpty();
                      c = nextChunk.getAndIncrement()) {
                    CityDataWriter.Written written =
                        writer.writeReceipts(
                            connection,
                            cipher,
                            ids,
                            c * chunk,
                            Math.min(receipts, (c + 1) * chunk));
                    doneReceipts.addAndGet(written.receipts());
                    donePhotos.addAndGet(written.photos());
                    doneApplications.addAndGet(written.applications());
                    photoBytes.addAndGet(written.photoBytes());
                  }
                } catch (SQLException | IOException | RuntimeException e) {
                  failures.add(e);
                }
              },
              "city-writer-" + t);
      worker.start();
      workers.add(worker);
    }
    // Progress every 10 s until the workers are done (bounded: they are, after `chunks` chunks).
    for (Thread worker : workers) {
      while (worker.isAlive()) {
        try {
          worker.join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        double seconds = (System.nanoTime() - receiptsStarted) / 1e9;
        System.out.printf(
            "  %,d / %,d receipts, %,d applications, %,d photos, %.0f s, %.0f receipts/s,"
                + " %.0f rows/s%n",
            doneReceipts.get(),
            receipts,
            doneApplications.get(),
            donePhotos.get(),
            seconds,
            doneReceipts.get() / seconds,
            (doneReceipts.get() + 2 * doneApplications.get() + donePhotos.get()) / seconds);
      }
    }
    if (!failures.isEmpty()) {
      failures.get(0).printStackTrace();
      System.exit(1);
    }
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      connection.setAutoCommit(false);
      CityDataWriter.finish(connection);
    }
    double seconds = (System.nanoTime() - receiptsStarted) / 1e9;
    long rows = doneReceipts.get() + 2 * doneApplications.get() + donePhotos.get();
    System.out.printf(
        "%,d receipts, %,d applications (+ as many status changes), %,d photos (%.1f KB sealed"
            + " each) in %.1f s: %.0f receipts/s, %.0f rows/s; %.1f s in all%n",
        doneReceipts.get(),
        doneApplications.get(),
        donePhotos.get(),
        donePhotos.get() == 0 ? 0.0 : photoBytes.get() / 1024.0 / donePhotos.get(),
        seconds,
        doneReceipts.get() / seconds,
        rows / seconds,
        (System.nanoTime() - started) / 1e9);
    writeReceiptList(plan, options, csv);
  }

  /** The load harness's list: the plan decides it, so a filled database's list can be rewritten. */
  private static void writeReceiptList(CityPlan plan, Map<String, String> options, Path csv)
      throws IOException {
    List<String> lines =
        plan.receiptCsv(Integer.parseInt(options.getOrDefault("csv-lines", "10000")));
    if (csv.getParent() != null) {
      Files.createDirectories(csv.getParent());
    }
    Files.write(csv, lines, StandardCharsets.UTF_8);
    System.out.printf("%d usable receipts listed in %s%n", lines.size() - 1, csv);
  }
}
