package cn.cq.police.idcard.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Look-up latency against a bare endpoint and during intake (issue 17's first and fourth figures):
 * {@code load.clerks} clerks log in together (or over {@code load.ramp-seconds}) and each looks
 * receipts up {@code load.lookups} times without pause; then as many users call the demo war's bare
 * JAX-RS endpoint ({@code api/demo/baseline}) as often; then, with {@code load.during-intake}, the
 * clerks log in and look up as often again while the detection centre pushes a batch a second (at
 * most {@code load.batches}) until the last of them is done. bin/load divides the p99s.
 */
public class LookupLatency extends Simulation {

  static final int CLERKS = Integer.getInteger("load.clerks", 20);
  static final int LOOKUPS = Integer.getInteger("load.lookups", 20);
  static final int RAMP_SECONDS = Integer.getInteger("load.ramp-seconds", 0);

  /** Without the bare endpoint's round, for bin/benchmark-request-cost's CPU per look-up. */
  static final boolean BASELINE = !"false".equals(System.getProperty("load.baseline"));

  static final boolean DURING_INTAKE = Boolean.getBoolean("load.during-intake");

  /** Clerks of the round during intake still looking up: the centre stops when none is left. */
  static final AtomicInteger STILL_LOOKING = new AtomicInteger(CLERKS);

  /** The usable receipts again and again: a look-up changes nothing about its receipt. */
  static Iterator<Map<String, Object>> cycling() {
    return Stream.generate(CounterLoad.RECEIPTS::stream).flatMap(s -> s).iterator();
  }

  static ScenarioBuilder lookingUp(String scenario, String request) {
    return scenario(scenario)
        .feed(cycling())
        .exec(CounterLoad.LOG_IN)
        .exec(http("counter page").get("counter/index.xhtml").check(status().is(200)))
        .repeat(LOOKUPS)
        .on(exec(CounterLoad.lookUp(request)));
  }

  ScenarioBuilder baseline =
      scenario("bare endpoint")
          .repeat(LOOKUPS)
          .on(exec(http("baseline").get("api/demo/baseline").check(status().is(200))));

  static OpenInjectionStep clerks() {
    return RAMP_SECONDS > 0
        ? rampUsers(CLERKS).during(Duration.ofSeconds(RAMP_SECONDS))
        : atOnceUsers(CLERKS);
  }

  {
    PopulationBuilder first = lookingUp("clerk looking up", "look up").injectOpen(clerks());
    PopulationBuilder duringIntake =
        lookingUp("clerk looking up during intake", "look up during intake")
            .exec(
                session -> {
                  STILL_LOOKING.decrementAndGet();
                  return session;
                })
            .injectOpen(clerks());
    PopulationBuilder centre =
        CounterLoad.detectionCentre(() -> STILL_LOOKING.get() > 0).injectOpen(atOnceUsers(1));
    PopulationBuilder bare = baseline.injectOpen(atOnceUsers(CLERKS));
    // One phase after the other: the look-ups alone, the bare endpoint, the look-ups during intake.
    PopulationBuilder afterBare = DURING_INTAKE ? bare.andThen(duringIntake, centre) : bare;
    PopulationBuilder afterFirst =
        BASELINE ? afterBare : DURING_INTAKE ? first.andThen(duringIntake, centre) : first;
    List<String> measured = new ArrayList<>(List.of("look up"));
    if (BASELINE) {
      measured.add("baseline");
    }
    if (DURING_INTAKE) {
      measured.add("look up during intake");
    }
    List<Assertion> assertions = new ArrayList<>();
    assertions.add(global().failedRequests().count().is(0L));
    // Not limits: Gatling prints each assertion with its actual value, which is how bin/load reads
    // the p99s (the 3.14 report keeps its statistics inside the HTML).
    for (String request : measured) {
      assertions.add(details(request).responseTime().percentile(99.0).gte(0));
    }
    setUp(BASELINE ? first.andThen(afterFirst) : afterFirst)
        .protocols(CounterLoad.protocol())
        .maxDuration(Duration.ofSeconds(CounterLoad.MAX_SECONDS))
        .assertions(assertions);
  }
}
