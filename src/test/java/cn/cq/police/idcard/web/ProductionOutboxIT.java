package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.feeds.boundary.SignedRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applications leave through the outbox to the IT application's production-centre simulator and
 * come back through its status reports: delivered once when the centre is up, kept and delivered
 * once later when it was down, held back by the circuit breaker while it fails, and a rejection
 * lands in the clerk's queue with its reason. Uses the 万州 station's receipts, which no other IT
 * submits.
 */
class ProductionOutboxIT {

  static final int WANZHOU = 3;

  static final String REPORTS = "api/production/status-reports";

  static final Iterator<DemoReceipt> RECEIPTS =
      RunningApp.demoReceipts(WANZHOU, DemoReceiptState.USABLE).skip(2).iterator();

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  @BeforeEach
  @AfterEach
  void centreWorks() {
    ProductionSimulator.mode("normal");
  }

  @Test
  void anApplicationIsDeliveredOnceAndReportedUntilItArrivesAtTheStation() {
    try (Browser clerk = ApplicationFlowIT.clerkOf("wanzhou")) {
      String number = submitted(clerk);
      awaitStatus(clerk, number, "ARRIVED_AT_STATION", 40);
      assertEquals(1, ProductionSimulator.received(number));
      String history = clerk.text("#track\\:history");
      for (String status : new String[] {"已报送制证", "已制证"}) {
        assertTrue(history.contains(status), status + " missing in " + history);
      }
      // Sent once: the centre's acceptance adds no second "sent" row, it shows in the audit.
      assertEquals(1, history.split("已报送制证", -1).length - 1, history);
      String audit = clerk.text("#track\\:audit");
      for (String step : new String[] {"制证中心已受理", "证件已发往本所"}) {
        assertTrue(audit.contains(step), step + " missing in " + audit);
      }
    }
  }

  @Test
  void whileTheCentreIsOfflineTheBacklogGrowsAndIsDeliveredExactlyOnceLater() throws Exception {
    ProductionSimulator.mode("offline");
    double before = triedInVain();
    try (Browser clerk = ApplicationFlowIT.clerkOf("wanzhou")) {
      String first = submitted(clerk);
      String second = submitted(clerk);
      await(() -> metric("feeds_outbox_backlog") >= 2, 20, "backlog of 2 in the metrics");
      // Failed attempts, or rounds the circuit breaker cut short (it may already be half-open).
      await(() -> triedInVain() > before, 20, "failed attempts or rounds skipped by the breaker");
      assertEquals(0, ProductionSimulator.received(first));
      assertEquals("SUBMITTED", status(clerk, first));

      ProductionSimulator.mode("normal");
      awaitStatus(clerk, first, "SENT_TO_PRODUCTION|PRODUCED|ARRIVED_AT_STATION", 40);
      awaitStatus(clerk, second, "SENT_TO_PRODUCTION|PRODUCED|ARRIVED_AT_STATION", 40);
      awaitSenderRounds(3); // a few more rounds of a sender that runs: nothing is sent twice
      assertEquals(1, ProductionSimulator.received(first));
      assertEquals(1, ProductionSimulator.received(second));
    }
  }

  @Test
  void aFailingCentreOpensTheCircuitBreakerAndTheRowWaits() throws Exception {
    ProductionSimulator.mode("fail");
    double openRounds = metric("feeds_outbox_breaker_open_rounds_total");
    try (Browser clerk = ApplicationFlowIT.clerkOf("wanzhou")) {
      String number = submitted(clerk);
      await(
          () -> metric("feeds_outbox_breaker_open_rounds_total") > openRounds,
          30,
          "a round skipped by the open circuit breaker");
      // While open, attempts no longer reach the centre.
      long reached = ProductionSimulator.deliveries();
      awaitSenderRounds(2);
      assertEquals(reached, ProductionSimulator.deliveries());
      assertEquals("SUBMITTED", status(clerk, number));
      assertTrue(metric("feeds_outbox_backlog") >= 1);

      ProductionSimulator.mode("normal");
      awaitStatus(clerk, number, "SENT_TO_PRODUCTION|PRODUCED|ARRIVED_AT_STATION", 40);
      assertEquals(1, ProductionSimulator.received(number));
    }
  }

  @Test
  void aSlowCentreTimesOutAndTheResendCreatesNoSecondOrder() throws Exception {
    double failures = metric("feeds_outbox_failures_total");
    ProductionSimulator.mode("slow");
    try (Browser clerk = ApplicationFlowIT.clerkOf("wanzhou")) {
      String number = submitted(clerk);
      await(() -> metric("feeds_outbox_failures_total") > failures, 30, "a timed-out attempt");
      // The centre took the slow request after the station had given up on it.
      await(() -> ProductionSimulator.received(number) >= 1, 20, "the slow request arrived");

      ProductionSimulator.mode("normal");
      awaitStatus(clerk, number, "ARRIVED_AT_STATION", 60);
      await(() -> ProductionSimulator.received(number) >= 2, 20, "sent again after the timeout");
      // At least once on the wire, once in effect: one order, one history row per step.
      String history = clerk.text("#track\\:history");
      assertEquals(1, history.split("已制证", -1).length - 1, history);
      assertEquals(1, history.split("已到所待领", -1).length - 1, history);
    }
  }

  @Test
  void aRejectionWithItsReasonShowsInTheClerksQueue() {
    String reason = "照片背景不符合要求（测试" + System.nanoTime() % 10000 + "）";
    ProductionSimulator.rejectNext(reason);
    try (Browser clerk = ApplicationFlowIT.clerkOf("wanzhou")) {
      String number = submitted(clerk);
      awaitStatus(clerk, number, "REJECTED", 40);
      assertTrue(clerk.text("#track\\:history").contains(reason));

      clerk.get("counter/index.xhtml");
      String queue = clerk.text("#rejected-queue");
      assertTrue(queue.contains(number) && queue.contains(reason), queue);
    }
  }

  @Test
  void reportsAreIdempotentAndRefuseWhatCannotHappen() {
    try (Browser clerk = ApplicationFlowIT.clerkOf("wanzhou")) {
      String number = submitted(clerk);
      awaitStatus(clerk, number, "ARRIVED_AT_STATION", 40);
      SignedRequests centre = SignedRequests.productionCentre(RunningApp.URL);

      HttpResponse<String> again = centre.post(REPORTS, report(number, "DISPATCHED", null));
      assertEquals(200, again.statusCode(), again.body());
      assertTrue(again.body().contains("\"REPEATED\""), again.body());
      HttpResponse<String> late = centre.post(REPORTS, report(number, "REJECTED", "too late"));
      assertEquals(409, late.statusCode(), late.body());
      assertTrue(late.body().contains("IMPOSSIBLE_TRANSITION"), late.body());
      HttpResponse<String> unknown =
          centre.post(REPORTS, report("500999000000000000000", "ACCEPTED", null));
      assertEquals(404, unknown.statusCode(), unknown.body());
      assertTrue(unknown.body().contains("UNKNOWN_APPLICATION"), unknown.body());
      HttpResponse<String> garbage = centre.post(REPORTS, "{\"status\":\"EATEN\"}");
      assertEquals(400, garbage.statusCode(), garbage.body());
      assertTrue(garbage.body().contains("INVALID_REPORT"), garbage.body());
      HttpResponse<String> noReason = centre.post(REPORTS, report(number, "REJECTED", null));
      assertEquals(400, noReason.statusCode(), noReason.body());
      HttpResponse<String> detection =
          SignedRequests.detectionCentre(RunningApp.URL)
              .post(REPORTS, report(number, "REJECTED", "not yours"));
      assertEquals(401, detection.statusCode(), detection.body());

      // Nothing of the refused reports was stored: one history row per step, still arrived.
      assertEquals("ARRIVED_AT_STATION", status(clerk, number));
      String history = clerk.text("#track\\:history");
      assertEquals(1, history.split("已到所待领", -1).length - 1, history);
      assertTrue(!history.contains("too late") && !history.contains("not yours"), history);
    }
  }

  /** Submits a first application (no fee, no approval) at the counter; its acceptance number. */
  static String submitted(Browser clerk) {
    ApplicationFlowIT.lookUp(clerk, RECEIPTS.next());
    ApplicationFlowIT.choose(clerk, "type", "FIRST_APPLICATION");
    ApplicationFlowIT.submit(clerk);
    String number = clerk.text("#acceptance-number");
    assertTrue(number.startsWith("500101"), "not accepted: " + number);
    return number;
  }

  static String report(String number, String status, String reason) {
    return "{\"acceptanceNumber\":\""
        + number
        + "\",\"status\":\""
        + status
        + "\""
        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"")
        + "}";
  }

  /** The application's status code, as the tracking page shows it in data-status. */
  static String status(Browser clerk, String number) {
    clerk.get("counter/track.xhtml?q=" + number);
    return clerk.find("#detail-status").getAttribute("data-status");
  }

  /**
   * Waits until the tracking page shows the application in a status matching the pattern, then
   * opens that page in the clerk's browser. While waiting it reads the page over HTTP as the same
   * clerk: a browser reloading the page ten times a second kept a core busy for nothing.
   */
  static void awaitStatus(Browser clerk, String number, String statusPattern, int seconds) {
    StaffSession sameClerk = trackingReader();
    await(
        () -> statusOverHttp(sameClerk, number).matches(statusPattern),
        seconds,
        number + " " + statusPattern);
    String shown = status(clerk, number);
    assertTrue(shown.matches(statusPattern), number + " shows " + shown);
  }

  private static final Pattern DETAIL_STATUS =
      Pattern.compile("id=\"detail-status\" data-status=\"(\\w+)\"");

  private static StaffSession tracking;

  /** The 万州 clerk's HTTP session that reads the tracking page while a test waits. */
  static synchronized StaffSession trackingReader() {
    if (tracking == null) {
      try {
        tracking = StaffSession.loggedIn("wanzhou.clerk", StaffSession.ZH);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return tracking;
  }

  /** The status code the tracking page shows for the application ("" while it shows none). */
  static String statusOverHttp(StaffSession clerk, String number) {
    try {
      HttpResponse<String> page = clerk.get("counter/track.xhtml?q=" + number);
      assertEquals(200, page.statusCode(), "the tracking page");
      Matcher status = DETAIL_STATUS.matcher(page.body());
      return status.find() ? status.group(1) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void await(BooleanSupplier condition, int seconds, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + seconds + " s for: " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Waits until the outbox sender has completed {@code count} more rounds: it is alive. */
  static void awaitSenderRounds(int count) {
    double rounds = metric("feeds_outbox_rounds_total");
    await(
        () -> metric("feeds_outbox_rounds_total") >= rounds + count,
        20,
        count + " more outbox sender rounds");
  }

  static double triedInVain() {
    return metric("feeds_outbox_failures_total") + metric("feeds_outbox_breaker_open_rounds_total");
  }

  private static final Pattern SAMPLE = Pattern.compile("(?m)^(\\w+)(\\{[^}]*\\})? ([0-9.eE+-]+)$");

  /** An application metric from /metrics (Prometheus text), summed over its tags; 0 if absent. */
  static double metric(String name) {
    try {
      String text = DeploymentExposureIT.applicationMetrics();
      double sum = 0;
      Matcher matcher = SAMPLE.matcher(text);
      while (matcher.find()) {
        if (matcher.group(1).equals(name)) {
          sum += Double.parseDouble(matcher.group(3));
        }
      }
      return sum;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
