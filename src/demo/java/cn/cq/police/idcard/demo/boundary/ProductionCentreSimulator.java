package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.feeds.control.RequestSignature;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the ID card production centre, for the demo, the tests and load runs; JDK only, so
 * it also runs from the command line ({@code bin/simulate-production-centre}). The centre port
 * takes applications ({@code POST} any path, keyed by the {@code Idempotency-Key} header,
 * duplicates counted) and reports back signed status callbacks after a delay: accepted (or rejected
 * with a reason), produced, dispatched. The control port switches modes and tells what arrived:
 *
 * <ul>
 *   <li>{@code POST /mode?value=normal|fail|slow|offline}: fail answers 500, slow answers after
 *       {@code slowMillis} (longer than the client's timeout), offline closes the centre port;
 *   <li>{@code POST /reject-next?count=1&reason=...}: reject the next new applications;
 *   <li>{@code GET /received} and {@code GET /received/<key>}: deliveries per key, as JSON (per key
 *       also the photo: source, hash, whether the JPEG matches it);
 *   <li>{@code POST /reset}: forget everything received, back to normal.
 * </ul>
 */
public class ProductionCentreSimulator implements InAppSimulator {

  private static final Logger LOG = Logger.getLogger(ProductionCentreSimulator.class.getName());

  /** How the centre behaves towards the station. */
  public enum Mode {
    NORMAL,
    FAIL,
    SLOW,
    OFFLINE
  }

  /** Where it listens, whom it calls back, and how. */
  public record Settings(
      int port,
      int controlPort,
      String callbackUrl,
      String keyId,
      String apiKey,
      String signingSecretBase64,
      long reportDelayMillis,
      double rejectShare,
      long slowMillis) {}

  static final String DEFAULT_REASON = "照片不符合制证要求";

  private final Settings settings;
  private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
  private final AtomicLong deliveries = new AtomicLong();
  private final AtomicInteger rejectNext = new AtomicInteger();
  private volatile String rejectReason = DEFAULT_REASON;
  private volatile Mode mode = Mode.NORMAL;
  private final Map<String, String> reported = new ConcurrentHashMap<>();

  /**
   * The photo of each first delivery: its source, declared hash and whether the JPEG matches it.
   */
  private final Map<String, String> photos = new ConcurrentHashMap<>();

  // The payload's photo object as ProductionPayload writes it (fixed order, no whitespace).
  private static final Pattern PHOTO =
      Pattern.compile(
          "\"photo\":\\{\"sha256\":\"([0-9a-f]{64})\",\"source\":\"([A-Z_]+)\",\"jpegBase64\":\"([A-Za-z0-9+/=]*)\"");

  private final ExecutorService workers = Executors.newFixedThreadPool(8, SimulatorHttp.daemon("pc-sim"));
  private final ScheduledExecutorService reporter =
      Executors.newScheduledThreadPool(2, SimulatorHttp.daemon("pc-sim-report"));

  private HttpServer centre;
  private HttpServer control;

  public ProductionCentreSimulator(Settings settings) {
    this.settings = settings;
  }

  @Override
  public synchronized void start() throws IOException {
    control = HttpServer.create(new InetSocketAddress(settings.controlPort()), 0);
    control.setExecutor(workers);
    control.createContext("/", this::control);
    control.start();
    openCentre();
    LOG.info(
        () ->
            "Production centre simulator on port "
                + settings.port()
                + " (control "
                + settings.controlPort()
                + "), reporting to "
                + settings.callbackUrl());
  }

  @Override
  public synchronized void stop() {
    closeCentre();
    if (control != null) {
      control.stop(0);
    }
    reporter.shutdownNow();
    workers.shutdownNow();
  }

  public Mode mode() {
    return mode;
  }

  /** Switches the mode; offline closes the centre port so connections are refused. */
  public synchronized void mode(Mode next) throws IOException {
    if (next == Mode.OFFLINE) {
      closeCentre();
    } else if (centre == null) {
      openCentre();
    }
    mode = next;
  }

  /** Deliveries received per idempotency key (a count above 1 is a resend). */
  public Map<String, Integer> received() {
    Map<String, Integer> copy = new LinkedHashMap<>();
    received.forEach((key, count) -> copy.put(key, count.get()));
    return copy;
  }

  private void openCentre() throws IOException {
    centre = HttpServer.create(new InetSocketAddress(settings.port()), 0);
    centre.setExecutor(workers);
    centre.createContext("/", this::receive);
    centre.start();
  }

  private void closeCentre() {
    if (centre != null) {
      centre.stop(0);
      centre = null;
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!"POST".equals(exchange.getRequestMethod())) {
        SimulatorHttp.answer(exchange, 405, "{\"reason\":\"METHOD_NOT_ALLOWED\"}");
        return;
      }
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      if (key == null || key.isBlank()) {
        SimulatorHttp.answer(exchange, 400, "{\"reason\":\"IDEMPOTENCY_KEY_MISSING\"}");
        return;
      }
      if (!signedByStation(exchange, body)) {
        SimulatorHttp.answer(exchange, 401, "{\"reason\":\"UNAUTHENTICATED\"}");
        return;
      }
      Mode now = mode;
      if (now == Mode.FAIL) {
        deliveries.incrementAndGet();
        SimulatorHttp.answer(exchange, 500, "{\"reason\":\"SIMULATED_FAILURE\"}");
        return;
      }
      if (now == Mode.SLOW) {
        sleep(settings.slowMillis());
      }
      deliveries.incrementAndGet();
      boolean first =
          received.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1;
      if (first) {
        photos.put(key, photoOf(body));
        scheduleReports(key, rejects(key));
      }
      SimulatorHttp.answer(exchange, 200, "{\"idempotencyKey\":" + SimulatorHttp.json(key) + ",\"duplicate\":" + !first + "}");
    }
  }

  /** As the card is made from it: the photo's source, its declared hash, and whether they agree. */
  private static String photoOf(byte[] body) {
    Matcher photo = PHOTO.matcher(new String(body, StandardCharsets.UTF_8));
    if (!photo.find()) {
      return "\"photo\":null";
    }
    boolean intact;
    try {
      intact =
          CentreSignature.sha256Hex(Base64.getDecoder().decode(photo.group(3)))
              .equals(photo.group(1));
    } catch (IllegalArgumentException notBase64) {
      intact = false;
    }
    return "\"photo\":{\"source\":"
        + SimulatorHttp.json(photo.group(2))
        + ",\"sha256\":"
        + SimulatorHttp.json(photo.group(1))
        + ",\"intact\":"
        + intact
        + "}";
  }

  /** The station signs with the production-centre credential; the simulator holds it too. */
  private boolean signedByStation(HttpExchange exchange, byte[] body) {
    return SimulatorHttp.signedByStation(exchange, credential(), body);
  }

  private SimulatorHttp.Credential credential() {
    return new SimulatorHttp.Credential(
        settings.keyId(), settings.apiKey(), settings.signingSecretBase64());
  }

  private boolean rejects(String key) {
    if (rejectNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return true;
    }
    // Deterministic per key, so a rerun of the same data rejects the same applications.
    return Math.floorMod(key.hashCode(), 1000) < settings.rejectShare() * 1000;
  }

  private void scheduleReports(String acceptanceNumber, boolean reject) {
    long delay = settings.reportDelayMillis();
    if (reject) {
      String reason = rejectReason;
      report(acceptanceNumber, "REJECTED", reason, delay, 0);
      return;
    }
    report(acceptanceNumber, "ACCEPTED", null, delay, 0);
    report(acceptanceNumber, "PRODUCED", null, 2 * delay, 0);
    report(acceptanceNumber, "DISPATCHED", null, 3 * delay, 0);
  }

  /** Sends one signed callback; retries a few times, as a real centre would. */
  private void report(
      String acceptanceNumber, String status, String reason, long delay, int tries) {
    reporter.schedule(
        () -> {
          String body =
              "{\"acceptanceNumber\":"
                  + SimulatorHttp.json(acceptanceNumber)
                  + ",\"status\":"
                  + SimulatorHttp.json(status)
                  + (reason == null ? "" : ",\"reason\":" + SimulatorHttp.json(reason))
                  + "}";
          try {
            int code = post(body.getBytes(StandardCharsets.UTF_8));
            reported.put(acceptanceNumber, status + " " + code);
            if (code >= 500 && tries < 5) {
              report(acceptanceNumber, status, reason, 1000, tries + 1);
            }
          } catch (IOException e) {
            if (tries < 5) {
              report(acceptanceNumber, status, reason, 1000, tries + 1);
            } else {
              LOG.log(Level.WARNING, "Status report " + status + " could not be sent", e);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  private int post(byte[] body) throws IOException, InterruptedException {
    return SimulatorHttp.signedPost(settings.callbackUrl(), credential(), body);
  }

  private void control(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = SimulatorHttp.query(exchange.getRequestURI().getRawQuery());
      boolean post = "POST".equals(exchange.getRequestMethod());
      if (post && path.equals("/mode")) {
        try {
          mode(Mode.valueOf(query.getOrDefault("value", "").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
          SimulatorHttp.answer(exchange, 400, "{\"reason\":\"UNKNOWN_MODE\"}");
          return;
        }
        SimulatorHttp.answer(exchange, 200, "{\"mode\":" + SimulatorHttp.json(mode.name()) + "}");
      } else if (post && path.equals("/reject-next")) {
        rejectReason = query.getOrDefault("reason", DEFAULT_REASON);
        rejectNext.set(Integer.parseInt(query.getOrDefault("count", "1")));
        SimulatorHttp.answer(exchange, 200, "{\"rejectNext\":" + rejectNext.get() + "}");
      } else if (post && path.equals("/reset")) {
        received.clear();
        photos.clear();
        reported.clear();
        rejectNext.set(0);
        mode(Mode.NORMAL);
        SimulatorHttp.answer(exchange, 200, "{\"mode\":\"NORMAL\"}");
      } else if (path.equals("/received")) {
        StringBuilder keys = new StringBuilder();
        received()
            .forEach(
                (key, count) ->
                    keys.append(keys.isEmpty() ? "" : ",")
                        .append(SimulatorHttp.json(key))
                        .append(':')
                        .append(count));
        SimulatorHttp.answer(
            exchange,
            200,
            "{\"mode\":"
                + SimulatorHttp.json(mode.name())
                + ",\"deliveries\":"
                + deliveries.get()
                + ",\"received\":{"
                + keys
                + "}}");
      } else if (path.startsWith("/received/")) {
        String key =
            URLDecoder.decode(path.substring("/received/".length()), StandardCharsets.UTF_8);
        AtomicInteger count = received.get(key);
        SimulatorHttp.answer(
            exchange,
            count == null ? 404 : 200,
            "{\"idempotencyKey\":"
                + SimulatorHttp.json(key)
                + ",\"count\":"
                + (count == null ? 0 : count.get())
                + ",\"lastReport\":"
                + SimulatorHttp.json(reported.getOrDefault(key, ""))
                + ","
                + photos.getOrDefault(key, "\"photo\":null")
                + "}");
      } else {
        SimulatorHttp.answer(exchange, 404, "{\"reason\":\"NOT_FOUND\"}");
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * {@code --port=8090 --control-port=8091
   * --callback-url=http://localhost:8080/api/production/status-reports --key-id=... --api-key=...
   * --signing-secret=<Base64> --delay-ms=2000 --reject-share=0.1 --slow-ms=10000}; the credential
   * is the production centre's, as issued by the station.
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        System.err.println("usage: --name=value ... (see the class documentation)");
        System.exit(2);
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    int port = Integer.parseInt(options.getOrDefault("port", "8090"));
    ProductionCentreSimulator simulator =
        new ProductionCentreSimulator(
            new Settings(
                port,
                Integer.parseInt(options.getOrDefault("control-port", String.valueOf(port + 1))),
                options.getOrDefault(
                    "callback-url", "http://localhost:8080/api/production/status-reports"),
                required(options, "key-id"),
                required(options, "api-key"),
                required(options, "signing-secret"),
                Long.parseLong(options.getOrDefault("delay-ms", "2000")),
                Double.parseDouble(options.getOrDefault("reject-share", "0")),
                Long.parseLong(options.getOrDefault("slow-ms", "10000"))));
    simulator.start();
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop));
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      System.err.println("missing --" + name + "=...");
      System.exit(2);
    }
    return value;
  }
}
