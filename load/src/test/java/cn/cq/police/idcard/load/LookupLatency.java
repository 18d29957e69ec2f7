package cn.cq.police.idcard.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

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
    PopulationBuilder[] intake =
        DURING_INTAKE ? new PopulationBuilder[] {duringIntake, centre} : new PopulationBuilder[0];
    List<String> measured = new ArrayList<>(List.of("look up"));
    if (BASELINE) {
      measured.add("baseline");
    }
    if (DURING_INTAKE) {
      measured.add("look up during intake");
    }
    setUp(BASELINE ? first.andThen(then(bare, intake)) : then(first, intake))
        .protocols(CounterLoad.protocol())
        .maxDuration(Duration.ofSeconds(CounterLoad.MAX_SECONDS))
        .assertions(CounterLoad.noFailureAndThe(99, measured));
  }

  /** A phase, and the given ones after it (if any). */
  static PopulationBuilder then(PopulationBuilder phase, PopulationBuilder... next) {
    return next.length == 0 ? phase : phase.andThen(next);
  }
}
