package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import cn.cq.police.idcard.security.control.PersonalDataKeyring;

/**
 * Command line: appends generated receipts to a database that the application has already
 * initialised (schema, demo stations and staff), for benchmarks with millions of receipts. Uses the
 * same generator, seed and signing key as the start-up demo data, so indices continue where the
 * demo left off.
 *
 * <pre>
 * java -cp "target/classes:target/idcard-counter/WEB-INF/lib/*" \
 *   cn.cq.police.idcard.demo.boundary.DemoDataTool --url jdbc:h2:file:./data/idcard \
 *   --from 400 --count 1000000
 * </pre>
 *
 * <p>With {@code --history-station CODE --history-applications N [--history-months M]} it also
 * gives that demo station a history of N applications over the last M (12) months, with status
 * changes, payments, look-ups, proxies and returns, for the supervisor's dashboard benchmark
 * ({@code --count 0} for the history alone).
 *
 * <p>With {@code --city true} it fills a migrated PostgreSQL database with city-sized data instead
 * (issue 17): {@link CityDataTool}.
 */
public final class DemoDataTool {

  private DemoDataTool() {}

  public static void main(String[] args) throws SQLException, IOException {
    // The application's own defaults (seed, validity, demo signing key) unless overridden.
    Properties defaults = new Properties();
    try (InputStream in =
        DemoDataTool.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    Map<String, String> options = new HashMap<>();
    options.put("seed", defaults.getProperty("demo.data.seed"));
    options.put("validity-days", defaults.getProperty("receipts.validity-days"));
    options.put("private-key", defaults.getProperty("demo.detection-centre.private-key"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (options.containsKey("url") && options.containsKey("city")) {
      CityDataTool.run(options, defaults);
      return;
    }
    if (!options.containsKey("url") || !options.containsKey("count")) {
      System.err.println(
          "usage: DemoDataTool --url JDBC_URL [--user U] [--password P] [--from INDEX]"
              + " --count N [--seed S] [--photo-pool K] [--private-key BASE64]"
              + " [--history-station CODE --history-applications N [--history-months M]]");
      System.exit(2);
    }
    long from = Long.parseLong(options.getOrDefault("from", "0"));
    long count = Long.parseLong(options.get("count"));
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    DemoDataWriter writer =
        new DemoDataWriter(
            new DemoDataGenerator(
                Long.parseLong(options.get("seed")),
                LocalDate.now(zone),
                Integer.parseInt(options.get("validity-days"))),
            CentreSignature.privateKey(options.get("private-key")),
            LocalDateTime.now(zone),
            Integer.parseInt(options.getOrDefault("photo-pool", "256")),
            PersonalDataKeyring.fromSettings(PersonalDataKeyring.settings(defaults)));
    try (Connection connection =
        DriverManager.getConnection(
            options.get("url"),
            options.getOrDefault("user", "idcard"),
            options.getOrDefault("password", "idcard"))) {
      connection.setAutoCommit(false);
      writer.readStationsAndStaff(connection);
      long started = System.nanoTime();
      long written = writer.writeReceipts(connection, from, count, 1000);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "%d receipts (indices %d..%d) written in %.1f s: %.0f receipts/s%n",
          written, from, from + count - 1, seconds, written / seconds);
      if (options.containsKey("history-station")) {
        started = System.nanoTime();
        long applications =
            writer.writeApplicationHistory(
                connection,
                options.get("history-station"),
                Integer.parseInt(options.getOrDefault("history-applications", "50000")),
                Integer.parseInt(options.getOrDefault("history-months", "12")),
                Long.parseLong(options.get("seed")),
                1000);
        System.out.printf(
            "%d applications of station %s written in %.1f s%n",
            applications, options.get("history-station"), (System.nanoTime() - started) / 1e9);
      }
    }
  }
}
