package cn.cq.police.idcard.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Look-up latency against a bare endpoint (issue 17's first figure): {@code load.clerks} clerks log
 * in together and each looks receipts up {@code load.lookups} times without pause; then as many
 * users call the demo war's bare JAX-RS endpoint ({@code api/demo/baseline}) as often. Both run in
 * the same application at the same concurrency; bin/load-latency divides the two p99s.
 */
public class LookupLatency extends Simulation {

  static final int CLERKS = Integer.getInteger("load.clerks", 20);
  static final int LOOKUPS = Integer.getInteger("load.lookups", 20);

  /** Without the bare endpoint's round, for bin/benchmark-request-cost's CPU per look-up. */
  static final boolean BASELINE = !"false".equals(System.getProperty("load.baseline"));

  /** The usable receipts again and again: a look-up changes nothing about its receipt. */
  static Iterator<Map<String, Object>> cycling() {
    return Stream.generate(CounterLoad.RECEIPTS::stream).flatMap(s -> s).iterator();
  }

  ScenarioBuilder lookingUp =
      scenario("clerk looking up")
          .feed(cycling())
          .exec(CounterLoad.LOG_IN)
          .exec(http("counter page").get("counter/index.xhtml").check(status().is(200)))
          .repeat(LOOKUPS)
          .on(
              exec(
                  CounterLoad.ajax(
                          "look up",
                          "lookup",
                          "lookup:lookUp",
                          "lookup",
                          "lookup flow temporary-card")
                      .formParam("lookup:lookUp", "lookup:lookUp")
                      .formParam("lookup:receiptNumber", "#{receiptNumber}")
                      .formParam("lookup:idNumber", "#{idNumber}")
                      .check(substring("data-outcome=\"USABLE\""))));

  ScenarioBuilder baseline =
      scenario("bare endpoint")
          .repeat(LOOKUPS)
          .on(exec(http("baseline").get("api/demo/baseline").check(status().is(200))));

  {
    var clerks = lookingUp.injectOpen(atOnceUsers(CLERKS));
    setUp(BASELINE ? clerks.andThen(baseline.injectOpen(atOnceUsers(CLERKS))) : clerks)
        .protocols(CounterLoad.protocol())
        .maxDuration(Duration.ofSeconds(CounterLoad.MAX_SECONDS))
        .assertions(
            global().failedRequests().count().is(0L),
            // Not limits: Gatling prints each assertion with its actual value, which is how
            // bin/load reads the two p99s (the 3.14 report keeps its statistics inside the HTML).
            details("look up").responseTime().percentile(99.0).gte(0),
            details(BASELINE ? "baseline" : "look up").responseTime().percentile(99.0).gte(0));
  }
}
