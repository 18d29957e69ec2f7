package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoSubmissions;
import cn.cq.police.idcard.demo.control.DetectionCentreSimulation;
import cn.cq.police.idcard.demo.control.DetectionCentreSimulation.Plan;
import cn.cq.police.idcard.demo.control.DetectionCentreSimulation.Totals;
import cn.cq.police.idcard.feeds.control.FeedClient;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Command line: plays the photo detection centre against a running application (see
 * bin/simulate-detection-centre). Defaults come from the application's own configuration, so
 * against the demo it needs no options at all.
 *
 * <pre>
 * --url http://localhost:8080/  --count 1000  --batch 100  --rate 50 (receipts/s, 0 = flat out)
 * --invalid 0.05 (share of deliberately broken receipts)  --first INDEX  --seed N
 * --key-id ID --api-key KEY --secret BASE64 (default: the demo credential)
 * </pre>
 */
public final class DetectionCentreSimulator {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  // Receipt indices above the demo data loader's (which starts at 0), so simulated receipts never
  // collide with the demo's; seeded from the clock so that every run sends new receipts.
  static final long SIMULATED_INDEX_BASE = 10_000_000L;

  private DetectionCentreSimulator() {}

  public static void main(String[] args) throws Exception {
    Properties defaults = defaults();
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (args.length % 2 != 0) {
      System.err.println(
          "usage: DetectionCentreSimulator [--url URL] [--count N] [--batch N] [--rate R]"
              + " [--invalid SHARE] [--first INDEX] [--seed N] [--key-id ID] [--api-key KEY]"
              + " [--secret BASE64]");
      System.exit(2);
    }
    FeedClient demo =
        demoClient(options.getOrDefault("url", defaults.getProperty("app.public-url")), defaults);
    FeedClient client =
        FeedClient.of(
            demo.baseUrl(),
            options.getOrDefault("key-id", demo.keyId()),
            options.getOrDefault("api-key", demo.apiKey()),
            options.containsKey("secret")
                ? Base64.getDecoder().decode(options.get("secret"))
                : demo.signingSecret());
    long seed =
        Long.parseLong(options.getOrDefault("seed", Long.toString(System.currentTimeMillis())));
    DetectionCentreSimulation simulation = simulation(client, seed, defaults);
    Plan plan =
        new Plan(
            Long.parseLong(options.getOrDefault("first", Long.toString(firstIndex(seed)))),
            Long.parseLong(options.getOrDefault("count", "1000")),
            Integer.parseInt(options.getOrDefault("batch", "100")),
            Double.parseDouble(options.getOrDefault("rate", "50")),
            Double.parseDouble(options.getOrDefault("invalid", "0.05")),
            seed);
    System.out.printf(
        "Sending %d receipts to %s in batches of %d at %s receipts/s, %.0f %% broken on purpose%n",
        plan.count(),
        client.baseUrl(),
        plan.batchSize(),
        plan.receiptsPerSecond() > 0 ? plan.receiptsPerSecond() : "full speed",
        plan.invalidShare() * 100);
    long started = System.nanoTime();
    Totals totals = simulation.run(plan, System.out::println);
    System.out.printf(
        "Sent %d: stored %d, already present %d, rejected %d, failed batches %d, in %.1f s%n",
        totals.sent(),
        totals.stored(),
        totals.alreadyPresent(),
        totals.rejected(),
        totals.failedBatches(),
        (System.nanoTime() - started) / 1e9);
    System.exit(totals.failedBatches() == 0 ? 0 : 1);
  }

  /**
   * The demo detection centre sending to {@code client}: receipts generated from the seed for
   * today, signed with the demo centre's key (also the load harness's intake scenario).
   */
  public static DetectionCentreSimulation simulation(
      FeedClient client, long seed, Properties defaults) {
    LocalDate today = LocalDate.now(CHINA);
    return new DetectionCentreSimulation(
        client,
        new DemoDataGenerator(
            seed, today, Integer.parseInt(defaults.getProperty("receipts.validity-days"))),
        new DemoSubmissions(
            CentreSignature.privateKey(defaults.getProperty("demo.detection-centre.private-key")),
            today));
  }

  /** The demo detection centre's credential, as the war's configuration ships it. */
  public static FeedClient demoClient(String url, Properties defaults) {
    String prefix = "demo.feeds.detection-centre.";
    return FeedClient.of(
        url,
        defaults.getProperty(prefix + "key-id"),
        defaults.getProperty(prefix + "api-key"),
        Base64.getDecoder().decode(defaults.getProperty(prefix + "signing-secret")));
  }

  /** A start index from the seed, between the base and the generator's upper bound. */
  public static long firstIndex(long seed) {
    return SIMULATED_INDEX_BASE
        + Math.floorMod(seed, DemoDataGenerator.MAX_RECEIPTS / 2 - SIMULATED_INDEX_BASE);
  }

  public static Properties defaults() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        DetectionCentreSimulator.class.getResourceAsStream(
            "/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    return defaults;
  }
}
