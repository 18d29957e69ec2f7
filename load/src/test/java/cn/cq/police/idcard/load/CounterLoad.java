package cn.cq.police.idcard.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIf;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import cn.cq.police.idcard.demo.boundary.DetectionCentreSimulator;
import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.demo.control.DemoSubmissions;
import cn.cq.police.idcard.demo.control.DetectionCentreSimulation;
import cn.cq.police.idcard.feeds.control.FeedClient;
import cn.cq.police.idcard.feeds.control.RequestSignature;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A counter's day under load, through the real pages as a browser sends them: each virtual clerk
 * logs in, opens the counter, looks a usable receipt up (the JSF Ajax post with its view state and
 * the page's CSP nonce), chooses in person and the type, submits, opens the registration form PDF
 * and finds the application on the tracking page, with a think time between steps. At the same time
 * the detection centre pushes signed receipt batches through the intake API.
 *
 * <p>Bounded: one receipt per clerk (the list decides how many clerks at most), a fixed number of
 * batches, and {@code load.max-seconds} for the whole run. Any failed request fails the run.
 */
public class CounterLoad extends Simulation {

  static final String URL = withSlash(System.getProperty("load.url", "http://localhost:8080/"));
  static final int CLERKS = Integer.getInteger("load.clerks", 10);
  static final int RAMP_SECONDS = Integer.getInteger("load.ramp-seconds", 10);
  static final Duration THINK = Duration.ofMillis(Long.getLong("load.think-millis", 1000));
  static final int BATCHES = Integer.getInteger("load.batches", 5);
  static final int BATCH_SIZE = Integer.getInteger("load.batch-size", 50);
  static final int MAX_SECONDS = Integer.getInteger("load.max-seconds", 300);

  /** Every demo account's password (docs/demo-data.md). */
  static final String PASSWORD = "Demo@2026";

  static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"";
  static final String PARTIAL_VIEW_STATE = "ViewState:0\"><!\\[CDATA\\[([^\\]]*)]]>";
  static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']*)'\\)";
  static final String INTAKE = "api/receipts/batch?mode=accept-valid";

  static final List<Map<String, Object>> RECEIPTS =
      usableReceipts(Path.of(System.getProperty("load.receipts", "data/demo-receipts.csv")));

  /** As a browser sends them; each virtual user its own connections. */
  static HttpProtocolBuilder protocol() {
    return http.baseUrl(URL)
        .acceptLanguageHeader("zh-CN")
        .acceptHeader("text/html,application/xhtml+xml,*/*");
  }

  /** The usable receipts of the list, each as its station's clerk would take it. */
  static List<Map<String, Object>> usableReceipts(Path csv) {
    try {
      List<Map<String, Object>> usable = new ArrayList<>();
      for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
        String[] cells = line.split(",");
        if (cells.length >= 4 && cells[0].equals("USABLE")) {
          Map<String, Object> record = new LinkedHashMap<>();
          // The station's two clerk accounts in turn: two clerks at once never share one.
          long ofStation = usable.stream().filter(r -> r.get("station").equals(cells[1])).count();
          record.put("station", cells[1]);
          record.put("clerk", cells[1] + (ofStation % 2 == 0 ? ".clerk" : ".clerk2"));
          record.put("receiptNumber", cells[2]);
          record.put("idNumber", cells[3]);
          usable.add(record);
        }
      }
      return usable;
    } catch (IOException e) {
      throw new UncheckedIOException("No receipt list at " + csv, e);
    }
  }

  /** A JSF Ajax post of the counter page as PrimeFaces sends it. */
  static HttpRequestActionBuilder ajax(
      String name, String form, String source, String execute, String render) {
    return http(name)
        .post("counter/index.xhtml")
        .header("Faces-Request", "partial/ajax")
        .header("X-Requested-With", "XMLHttpRequest")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", source)
        .formParam("jakarta.faces.partial.execute", execute)
        .formParam("jakarta.faces.partial.render", render)
        .formParam(form, form)
        .formParam("primefaces.nonce", "#{nonce}")
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .check(status().is(200))
        // A partial response that reports an error or sends the page elsewhere (an expired view,
        // a lost session) is a failure, not a 200.
        .check(substring("<error>").notExists(), substring("<redirect").notExists())
        .check(regex(PARTIAL_VIEW_STATE).optional().saveAs("viewState"));
  }

  /**
   * The counter's look-up of the feeder's receipt, as its button posts it; the receipt is usable.
   */
  static HttpRequestActionBuilder lookUp(String name) {
    return ajax(name, "lookup", "lookup:lookUp", "lookup", "lookup flow temporary-card")
        .formParam("lookup:lookUp", "lookup:lookUp")
        .formParam("lookup:receiptNumber", "#{receiptNumber}")
        .formParam("lookup:idNumber", "#{idNumber}")
        .check(substring("data-outcome=\"USABLE\""));
  }

  /** A radio's change, as its p:ajax posts it. */
  static HttpRequestActionBuilder choose(String radio, String value, String render) {
    return ajax(
            "choose " + radio,
            "application",
            "application:" + radio,
            "application:" + radio,
            render)
        .formParam("jakarta.faces.behavior.event", "valueChange")
        .formParam("jakarta.faces.partial.event", "change")
        .formParam("application:" + radio, value);
  }

  static final ChainBuilder LOG_IN =
      exec(http("login page")
              .get("login.xhtml")
              .check(regex(VIEW_STATE).saveAs("viewState"))
              .check(regex(NONCE).transform(n -> n.replace("\\/", "/")).saveAs("nonce")))
          .exec(
              http("log in")
                  .post("login.xhtml")
                  .formParam("login", "login")
                  .formParam("login:username", "#{clerk}")
                  .formParam("login:password", PASSWORD)
                  .formParam("login:submit", "")
                  .formParam("primefaces.nonce", "#{nonce}")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  // Redirected to the second step: the one-time code's page.
                  .check(substring("code:code"))
                  .check(regex(VIEW_STATE).saveAs("viewState"))
                  .check(regex(NONCE).transform(n -> n.replace("\\/", "/")).saveAs("nonce")))
          // The demo war's fixture forgets the account's last accepted step: the clerks of a
          // station log in with the same few accounts within one 30-second step.
          .exec(
              http("forget code step")
                  .post("api/demo/second-factor/#{clerk}/forget-step")
                  .check(status().is(204)))
          .exec(session -> session.set("code", DemoDataWriter.currentDemoCode()))
          .exec(
              http("one-time code")
                  .post("login-code.xhtml")
                  .formParam("code", "code")
                  .formParam("code:code", "#{code}")
                  .formParam("code:verify", "")
                  .formParam("primefaces.nonce", "#{nonce}")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  // Redirected to the counter: its look-up form is there.
                  .check(substring("lookup:receiptNumber"))
                  .check(regex(VIEW_STATE).saveAs("viewState"))
                  .check(regex(NONCE).transform(n -> n.replace("\\/", "/")).saveAs("nonce")));

  /**
   * Look-up to the registration form PDF as one group: Gatling reports its cumulated response time,
   * the server time of a whole counter flow without the clerk's pauses (issue 17).
   */
  ChainBuilder counterFlow =
      group("counter flow")
          .on(
              exec(lookUp("look up"))
                  .pause(THINK)
                  .exec(choose("mode", "false", "application:proxy application:fingerprints"))
                  .exec(choose("type", "FIRST_APPLICATION", "application:fee application:validity"))
                  .pause(THINK)
                  .exec(
                      ajax(
                              "submit",
                              "application",
                              "application:submit",
                              "application",
                              "application")
                          .formParam("application:submit", "application:submit")
                          .formParam("application:mode", "false")
                          .formParam("application:type", "FIRST_APPLICATION")
                          .formParam("application:fingerprintStatus", "REGISTERED")
                          .formParam("application:firstFinger", "RIGHT_THUMB")
                          .formParam("application:secondFinger", "LEFT_THUMB")
                          .formParam("application:noticeMobile", "")
                          .check(
                              regex("id=\"acceptance-number\">([0-9]+)<")
                                  .saveAs("acceptanceNumber"))
                          .check(
                              regex("registration-form\\?application=([0-9]+)")
                                  .saveAs("applicationId")))
                  .exec(
                      http("registration form PDF")
                          .get("counter/forms/registration-form?application=#{applicationId}")
                          .check(status().is(200), header("Content-Type").is("application/pdf"))))
          .pause(THINK)
          .exec(
              http("tracking")
                  .get("counter/track.xhtml?q=#{acceptanceNumber}")
                  .check(status().is(200), substring("#{acceptanceNumber}")));

  ScenarioBuilder clerks =
      scenario("counter clerk")
          .feed(RECEIPTS.iterator())
          .exec(LOG_IN)
          .pause(THINK)
          .exec(http("counter page").get("counter/index.xhtml").check(status().is(200)))
          .pause(THINK)
          .exec(counterFlow);

  /**
   * The detection centre: up to {@code load.batches} signed batches of {@code load.batch-size}
   * receipts, one a second, as long as {@code wanted} says so.
   */
  static ScenarioBuilder detectionCentre(BooleanSupplier wanted) {
    Properties defaults;
    try {
      defaults = DetectionCentreSimulator.defaults();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long seed = System.currentTimeMillis();
    FeedClient centre = DetectionCentreSimulator.demoClient(URL, defaults);
    DetectionCentreSimulation simulation =
        DetectionCentreSimulator.simulation(centre, seed, defaults);
    AtomicLong next = new AtomicLong(DetectionCentreSimulator.firstIndex(seed));
    Random random = new Random(seed);
    String target = RequestSignature.target(URI.create(URL + INTAKE));
    return scenario("detection centre")
        .repeat(BATCHES)
        .on(
            exitHereIf(session -> !wanted.getAsBoolean())
                .exec(
                    session -> {
                      String body =
                          DemoSubmissions.batchJson(
                              simulation.batch(
                                  next.getAndAdd(BATCH_SIZE),
                                  DetectionCentreSimulation.defects(BATCH_SIZE, 0.0, random)));
                      Map<String, String> signed =
                          RequestSignature.headers(
                              centre.keyId(),
                              centre.apiKey(),
                              centre.signingSecret(),
                              "POST",
                              target,
                              System.currentTimeMillis(),
                              body.getBytes(StandardCharsets.UTF_8));
                      return session.set("batch", body).set("signed", signed);
                    })
                .exec(
                    http("intake batch")
                        .post(INTAKE)
                        .header("Content-Type", "application/json")
                        .header(
                            RequestSignature.KEY_ID_HEADER,
                            signedHeader(RequestSignature.KEY_ID_HEADER))
                        .header(
                            RequestSignature.API_KEY_HEADER,
                            signedHeader(RequestSignature.API_KEY_HEADER))
                        .header(
                            RequestSignature.TIMESTAMP_HEADER,
                            signedHeader(RequestSignature.TIMESTAMP_HEADER))
                        .header(
                            RequestSignature.SIGNATURE_HEADER,
                            signedHeader(RequestSignature.SIGNATURE_HEADER))
                        .body(StringBody("#{batch}"))
                        .check(status().is(200), substring("\"stored\":" + BATCH_SIZE)))
                .pause(Duration.ofSeconds(1)));
  }

  /** A header of the request's signature, made in the step before it. */
  @SuppressWarnings("unchecked")
  static java.util.function.Function<io.gatling.javaapi.core.Session, String> signedHeader(
      String name) {
    return session -> ((Map<String, String>) session.get("signed")).get(name);
  }

  {
    int clerkCount = Math.min(CLERKS, RECEIPTS.size());
    if (clerkCount < CLERKS) {
      System.out.printf("Only %d usable receipts in the list: %d clerks%n", clerkCount, clerkCount);
    }
    setUp(
            clerks.injectOpen(rampUsers(clerkCount).during(Duration.ofSeconds(RAMP_SECONDS))),
            detectionCentre(() -> true)
                .injectOpen(rampUsers(BATCHES > 0 ? 1 : 0).during(Duration.ofSeconds(1))))
        .protocols(protocol())
        .maxDuration(Duration.ofSeconds(MAX_SECONDS))
        // An intake-only run has no flow, and asserting on its p95 would fail.
        .assertions(noFailureAndThe(95, clerkCount > 0 ? List.of("counter flow") : List.of()));
  }

  /**
   * No failed request, and the given percentile of each named request or group — not a limit:
   * Gatling prints each assertion with its actual value, which is how bin/load reads the figures
   * (the 3.14 report keeps its statistics inside the HTML).
   */
  static List<Assertion> noFailureAndThe(double percentile, List<String> requests) {
    List<Assertion> assertions = new ArrayList<>();
    assertions.add(global().failedRequests().count().is(0L));
    for (String request : requests) {
      assertions.add(details(request).responseTime().percentile(percentile).gte(0));
    }
    return assertions;
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  /** For a quick look at what the list holds. */
  static Iterator<Map<String, Object>> receipts() {
    return RECEIPTS.iterator();
  }
}
