package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fail-over in the middle of the counter flow on the real cluster of {@code bin/cluster} (nginx
 * round robin without sticky sessions, two members, PostgreSQL): the clerk logs in and looks a
 * receipt up, the member that answered the look-up is killed with SIGKILL, and the clerk carries on
 * and submits on the other member without logging in again and without typing anything twice.
 *
 * <p>Runs only with {@code -Dit.cluster=true} (profile {@code cluster}, {@code
 * bin/cluster-failover-test}), never in the CI suite: it needs the cluster running.
 */
@EnabledIfSystemProperty(named = "it.cluster", matches = "true")
class ClusterFailoverIT {

  static final Path CLUSTER = Path.of(System.getProperty("it.cluster.dir", "target/cluster"));

  static final String JDBC =
      System.getProperty("it.cluster.jdbc", "jdbc:postgresql://127.0.0.1:28383/idcard_cluster");

  /** The member that was killed, restarted after the test so the cluster is whole again. */
  int killed;

  @BeforeAll
  static void clusterIsUp() {
    RunningApp.awaitReady();
  }

  @AfterEach
  void restartKilledMember() throws Exception {
    if (killed != 0) {
      cluster("restart", String.valueOf(killed));
    }
  }

  @Test
  void aClerkCarriesOnOnTheOtherMemberWhenTheOneThatLookedUpDies() throws Exception {
    String[] receipt = unusedReceipt("yuzhong");
    try (Browser browser = Browser.open("zh-CN")) {
      browser.logIn("yuzhong.clerk", RunningApp.DEMO_PASSWORD);
      assertTrue(browser.driver.getCurrentUrl().contains("/counter/"), "landed on the counter");

      browser.get("counter/index.xhtml");
      browser.find("#lookup\\:receiptNumber").sendKeys(receipt[0]);
      browser.find("#lookup\\:idNumber").sendKeys(receipt[1]);
      long before = accessLogLines();
      browser.awaitAjaxAfter(() -> browser.find("#lookup\\:lookUp").click());
      assertEquals("USABLE", browser.find("#outcome").getAttribute("data-outcome"));
      String lookUpMember = lastAjaxMember(before);
      killed = lookUpMember.endsWith(":28381") ? 1 : 2;
      cluster("kill", String.valueOf(killed));

      // Everything after the kill goes to the surviving member: the session, the view with the
      // looked-up receipt and the form's submission token must have come along.
      before = accessLogLines();
      ApplicationFlowIT.choose(browser, "type", "LOST");
      assertEquals(
          "40.00", browser.text("#fee-amount"), "the lost-card fee, computed after the kill");
      ApplicationFlowIT.type(browser, "feeReceipt", "FO-" + receipt[0].substring(8));
      ApplicationFlowIT.submit(browser);

      String acceptanceNumber = browser.text("#acceptance-number");
      assertFalse(browser.driver.getCurrentUrl().contains("login"), "no new login");
      assertEquals(receipt[0], browser.find("#lookup\\:receiptNumber").getAttribute("value"));
      String survivor = lastAjaxMember(before);
      assertNotEquals(lookUpMember, survivor, "the submit went to the other member");

      try (Connection db = DriverManager.getConnection(JDBC, "idcard", "idcard");
          PreparedStatement query =
              db.prepareStatement(
                  "select a.acceptance_number, a.application_type, p.amount_fen,"
                      + " p.fee_receipt_number, s.username from application a"
                      + " join receipt r on r.id = a.receipt_id"
                      + " join payment p on p.application_id = a.id"
                      + " join staff_account s on s.id = a.submitted_by"
                      + " where r.receipt_number = ?")) {
        query.setString(1, receipt[0]);
        try (ResultSet rows = query.executeQuery()) {
          assertTrue(rows.next(), "the application is stored");
          assertEquals(acceptanceNumber, rows.getString(1));
          assertEquals("LOST", rows.getString(2));
          assertEquals(4000, rows.getLong(3));
          assertEquals("FO-" + receipt[0].substring(8), rows.getString(4));
          assertEquals("yuzhong.clerk", rows.getString(5));
          assertFalse(rows.next(), "exactly one application for the receipt");
        }
      }
      System.out.printf(
          "Fail-over: look-up on %s (killed), submit on %s, %s%n",
          lookUpMember, survivor, acceptanceNumber);
    }
  }

  /**
   * While PostgreSQL is down a look-up shows the error page (it failed in the account check in
   * front of the page, which once answered the Ajax click with nothing at all); once the database
   * is back, the same session looks the receipt up on whichever member answers, without a restart
   * of either and without a new login.
   */
  @Test
  void aLookUpWhileTheDatabaseIsDownSaysSoAndTheNextOneAfterItWorks() throws Exception {
    String[] receipt = unusedReceipt("jiangbei");
    try (Browser browser = Browser.open("zh-CN")) {
      browser.logIn("jiangbei.clerk", RunningApp.DEMO_PASSWORD);
      browser.get("counter/index.xhtml");
      browser.find("#lookup\\:receiptNumber").sendKeys(receipt[0]);
      browser.find("#lookup\\:idNumber").sendKeys(receipt[1]);
      cluster("db-stop");
      try {
        browser.find("#lookup\\:lookUp").click();
        browser.await(driver -> browser.exists("#error-page"));
        assertTrue(browser.text("#error-page").contains("系统出现问题"), browser.text("#error-page"));
        AccessIT.assertNoInternals(browser.driver.getPageSource());
        ApplicationFlowIT.screenshot(browser, "cluster-lookup-database-down");
      } finally {
        cluster("db-start");
      }
      bothMembersReadyWithin(30);

      browser.get("counter/index.xhtml");
      assertFalse(browser.driver.getCurrentUrl().contains("login"), "no new login");
      browser.find("#lookup\\:receiptNumber").sendKeys(receipt[0]);
      browser.find("#lookup\\:idNumber").sendKeys(receipt[1]);
      browser.awaitAjaxAfter(() -> browser.find("#lookup\\:lookUp").click());
      assertEquals("USABLE", browser.find("#outcome").getAttribute("data-outcome"));
    }
  }

  /** A usable demo receipt of the station that no application has used yet: number, ID number. */
  static String[] unusedReceipt(String station) throws IOException, SQLException {
    List<String> lines =
        Files.readAllLines(CLUSTER.resolve("demo-receipts.csv"), StandardCharsets.UTF_8);
    try (Connection db = DriverManager.getConnection(JDBC, "idcard", "idcard");
        PreparedStatement query =
            db.prepareStatement(
                "select 1 from receipt r where r.receipt_number = ? and r.status = 'AVAILABLE'"
                    + " and not exists (select from application a where a.receipt_id = r.id)")) {
      for (String line : lines) {
        String[] fields = line.split(",");
        if (fields[0].equals("USABLE") && fields[1].equals(station)) {
          query.setString(1, fields[2]);
          try (ResultSet row = query.executeQuery()) {
            if (row.next()) {
              return new String[] {fields[2], fields[3]};
            }
          }
        }
      }
    }
    throw new IllegalStateException("No unused receipt of " + station + " left: bin/cluster reset");
  }

  /** Waits until both members' readiness, which checks the database, answers 200. */
  static void bothMembersReadyWithin(int seconds) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    for (String port : List.of("28381", "28382")) {
      URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
      while (status(client, ready) != 200) {
        assertTrue(
            System.nanoTime() < deadline, "member " + port + " ready within " + seconds + " s");
        Thread.sleep(200);
      }
    }
  }

  static int status(HttpClient client, URI uri) throws InterruptedException {
    try {
      return client
          .send(HttpRequest.newBuilder(uri).build(), BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notAnswering) {
      return 0;
    }
  }

  static long accessLogLines() throws IOException {
    try (var lines = Files.lines(CLUSTER.resolve("nginx/access.log"))) {
      return lines.count();
    }
  }

  /** The member (upstream address) of the last counter-page post since the given log line. */
  static String lastAjaxMember(long since) throws IOException {
    try (var lines = Files.lines(CLUSTER.resolve("nginx/access.log"))) {
      return lines
          .skip(since)
          .filter(line -> line.contains(" POST \"/counter/index.xhtml"))
          .reduce((first, second) -> second)
          // The last quoted field; after a refused connection it lists both, the answering one
          // last.
          .map(line -> line.substring(line.lastIndexOf(' ') + 1).replace("\"", ""))
          .orElseThrow(() -> new AssertionError("no counter post in the access log"));
    }
  }

  static void cluster(String... arguments) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(Stream.concat(Stream.of("bin/cluster"), Stream.of(arguments)).toList())
            .inheritIO()
            .start();
    if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("bin/cluster " + String.join(" ", arguments) + " failed");
    }
  }
}
