package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.demo.control.DemoSubmissions.Defect;
import cn.cq.police.idcard.feeds.control.FeedClient;
import cn.cq.police.idcard.receipts.control.ReceiptSubmission;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * Plays the photo detection centre: generates receipts (demo generator, painted portraits, signed
 * with the demo centre key), spoils a share of them on purpose, and pushes them in batches at a
 * given rate through the intake API, in accept-valid mode so the good ones arrive.
 */
public final class DetectionCentreSimulation {

  /** What to send. */
  public record Plan(
      long firstIndex,
      long count,
      int batchSize,
      double receiptsPerSecond,
      double invalidShare,
      long seed) {}

  /** What the application answered, summed over all batches. */
  public record Totals(
      long sent, long stored, long alreadyPresent, long rejected, long failedBatches) {

    Totals plus(Totals o) {
      return new Totals(
          sent + o.sent,
          stored + o.stored,
          alreadyPresent + o.alreadyPresent,
          rejected + o.rejected,
          failedBatches + o.failedBatches);
    }
  }

  private static final Defect[] DEFECTS = {
    Defect.WRONG_PHOTO_SIZE,
    Defect.NOT_JPEG,
    Defect.BAD_HASH,
    Defect.BAD_SIGNATURE,
    Defect.BAD_ID_NUMBER,
    Defect.FUTURE_ISSUE_DATE
  };

  private static final Pattern COUNT =
      Pattern.compile("\"(stored|alreadyPresent|rejected)\":(\\d+)");

  private final FeedClient client;
  private final DemoDataGenerator generator;
  private final DemoSubmissions submissions;

  public DetectionCentreSimulation(
      FeedClient client, DemoDataGenerator generator, DemoSubmissions submissions) {
    this.client = client;
    this.generator = generator;
    this.submissions = submissions;
  }

  /** Runs the plan to the end (or until interrupted), reporting after every batch. */
  public Totals run(Plan plan, Consumer<String> log) throws InterruptedException {
    Random random = new Random(plan.seed());
    Totals totals = new Totals(0, 0, 0, 0, 0);
    long started = System.nanoTime();
    for (long from = plan.firstIndex(); from < plan.firstIndex() + plan.count(); ) {
      long to = Math.min(from + plan.batchSize(), plan.firstIndex() + plan.count());
      Defect[] defects = defects((int) (to - from), plan.invalidShare(), random);
      Totals result = push(batch(from, defects));
      totals = totals.plus(result);
      log.accept(
          String.format(
              "receipts %d-%d: stored %d, already present %d, rejected %d%s",
              from,
              to - 1,
              result.stored(),
              result.alreadyPresent(),
              result.rejected(),
              result.failedBatches() > 0 ? " (batch failed)" : ""));
      from = to;
      pace(plan, totals.sent(), started);
    }
    return totals;
  }

  /** Receipts {@code from .. from + defects.length - 1}, each spoilt as its defect says. */
  public List<ReceiptSubmission> batch(long from, Defect[] defects) {
    return LongStream.range(from, from + defects.length)
        .parallel()
        .mapToObj(i -> submissions.submission(generator.receipt(i), defects[(int) (i - from)]))
        .toList();
  }

  /** Defects for a batch: each receipt is spoilt with the given probability. */
  public static Defect[] defects(int count, double invalidShare, Random random) {
    Defect[] defects = new Defect[count];
    for (int i = 0; i < count; i++) {
      defects[i] =
          random.nextDouble() < invalidShare
              ? DEFECTS[random.nextInt(DEFECTS.length)]
              : Defect.NONE;
    }
    return defects;
  }

  /** Sends one batch in accept-valid mode and reads the counts from the answer. */
  public Totals push(List<ReceiptSubmission> batch) throws InterruptedException {
    byte[] body = DemoSubmissions.batchJson(batch).getBytes(StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response = client.post("api/receipts/batch?mode=accept-valid", body);
      if (response.statusCode() != 200) {
        return new Totals(batch.size(), 0, 0, 0, 1);
      }
      long[] counts = new long[3];
      Matcher m = COUNT.matcher(response.body());
      while (m.find()) {
        int slot =
            switch (m.group(1)) {
              case "stored" -> 0;
              case "alreadyPresent" -> 1;
              default -> 2;
            };
        counts[slot] = Long.parseLong(m.group(2));
      }
      return new Totals(batch.size(), counts[0], counts[1], counts[2], 0);
    } catch (IOException e) {
      return new Totals(batch.size(), 0, 0, 0, 1);
    }
  }

  // Sleeps until the sent count matches the rate; 0 or less means as fast as possible.
  private static void pace(Plan plan, long sent, long startedNanos) throws InterruptedException {
    if (plan.receiptsPerSecond() <= 0) {
      return;
    }
    long dueNanos = startedNanos + (long) (sent / plan.receiptsPerSecond() * 1e9);
    long waitMillis = (dueNanos - System.nanoTime()) / 1_000_000;
    if (waitMillis > 0) {
      Thread.sleep(waitMillis);
    }
  }
}
