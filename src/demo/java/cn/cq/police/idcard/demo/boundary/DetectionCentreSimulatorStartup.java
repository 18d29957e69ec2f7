package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoSubmissions;
import cn.cq.police.idcard.demo.control.DetectionCentreSimulation;
import cn.cq.police.idcard.demo.control.DetectionCentreSimulation.Totals;
import cn.cq.police.idcard.feeds.control.FeedClient;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code simulator.detection-centre.enabled} (and the demo's credentials), plays the photo
 * detection centre inside the demo: pushes a batch of generated receipts to the application's own
 * intake API every few seconds, a few of them broken on purpose, so the feed can be watched working
 * (metrics, audit trail, receipts at the counter) without a second program.
 */
@Singleton
@Startup
// Only the container calls it (at startup, or its timer), never a signed-in user.
@PermitAll
public class DetectionCentreSimulatorStartup {

  private static final Logger LOG =
      Logger.getLogger(DetectionCentreSimulatorStartup.class.getName());

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  // The HTTP listener comes up after the deployment; the first batch waits for it.
  private static final long FIRST_DELAY_SECONDS = 30;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "simulator.detection-centre.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "simulator.detection-centre.rate", defaultValue = "2")
  double receiptsPerSecond;

  @Inject
  @ConfigProperty(name = "simulator.detection-centre.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "simulator.detection-centre.invalid-share", defaultValue = "0.05")
  double invalidShare;

  @Inject
  @ConfigProperty(name = "demo.data.enabled", defaultValue = "false")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "app.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "demo.feeds.detection-centre.key-id", defaultValue = "")
  String keyId;

  @Inject
  @ConfigProperty(name = "demo.feeds.detection-centre.api-key", defaultValue = "")
  String apiKey;

  @Inject
  @ConfigProperty(name = "demo.feeds.detection-centre.signing-secret", defaultValue = "")
  String signingSecret;

  @Inject
  @ConfigProperty(name = "demo.detection-centre.private-key")
  String centrePrivateKey;

  @Inject
  @ConfigProperty(name = "receipts.validity-days", defaultValue = "90")
  int validityDays;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    if (!demoData || keyId.isBlank() || receiptsPerSecond <= 0 || batchSize < 1) {
      LOG.warning(
          "simulator.detection-centre.enabled is set, but the simulator needs demo.data.enabled"
              + " (for its credential), a positive rate and batch size: not started.");
      return;
    }
    LocalDate today = LocalDate.now(CHINA);
    long seed = System.currentTimeMillis();
    DetectionCentreSimulation simulation =
        new DetectionCentreSimulation(
            FeedClient.of(publicUrl, keyId, apiKey, Base64.getDecoder().decode(signingSecret)),
            new DemoDataGenerator(seed, today, validityDays),
            new DemoSubmissions(CentreSignature.privateKey(centrePrivateKey), today));
    AtomicLong next = new AtomicLong(DetectionCentreSimulator.firstIndex(seed));
    Random random = new Random(seed);
    long periodMillis = Math.max(100, (long) (batchSize / receiptsPerSecond * 1000));
    task =
        scheduler.scheduleWithFixedDelay(
            () -> pushOne(simulation, next, random),
            FIRST_DELAY_SECONDS * 1000,
            periodMillis,
            TimeUnit.MILLISECONDS);
    LOG.info(
        () ->
            String.format(
                "Detection-centre simulator: %d receipts every %d ms to %s",
                batchSize, periodMillis, publicUrl));
  }

  private void pushOne(DetectionCentreSimulation simulation, AtomicLong next, Random random) {
    try {
      long from = next.getAndAdd(batchSize);
      Totals totals =
          simulation.push(
              simulation.batch(
                  from, DetectionCentreSimulation.defects(batchSize, invalidShare, random)));
      LOG.fine(() -> "Simulated detection centre: " + totals);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // Keep simulating: a failed batch must not cancel the schedule.
      LOG.log(Level.WARNING, "Simulated detection-centre batch failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(true);
    }
  }
}
