package cn.cq.police.idcard.demo.boundary;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the city's SMS gateway, for the demo and the tests, on loopback only. {@code POST
 * /sms} takes {@code {"reference","to","text"}} with the configured bearer token and answers {@code
 * {"id"}}; a reference it already has gets the same id (counted, not sent again). The control paths
 * tell what arrived and change how it behaves:
 *
 * <ul>
 *   <li>{@code GET /control/messages}: every message as JSON, with how often its reference came;
 *   <li>{@code POST /control/mode?value=normal|fail|refuse}: fail answers 503 (try later), refuse
 *       answers 400 (the number is refused for good);
 *   <li>{@code POST /control/reset}: forget everything, back to normal.
 * </ul>
 */
public class SmsGatewaySimulator implements InAppSimulator {

  /** How the gateway answers. */
  public enum Mode {
    NORMAL,
    FAIL,
    REFUSE
  }

  /** One message as it arrived. */
  record Received(String id, String to, String text, AtomicInteger times) {}

  private final int port;
  private final byte[] token;
  private final Map<String, Received> received = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final ExecutorService workers =
      Executors.newFixedThreadPool(2, SimulatorHttp.daemon("sms-sim"));
  private volatile Mode mode = Mode.NORMAL;
  private HttpServer server;

  public SmsGatewaySimulator(int port, String token) {
    this.port = port;
    this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(workers);
    server.createContext("/sms", this::receive);
    server.createContext("/control/", this::control);
    server.start();
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
    }
    workers.shutdownNow();
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization == null
          || !MessageDigest.isEqual(token, authorization.getBytes(StandardCharsets.UTF_8))) {
        SimulatorHttp.answer(exchange, 401, "{\"reason\":\"UNAUTHENTICATED\"}");
        return;
      }
      JsonObject message;
      try {
        message =
            Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
                .readObject();
        message.getString("reference");
        message.getString("to");
        message.getString("text");
      } catch (JsonException | ClassCastException | NullPointerException invalid) {
        SimulatorHttp.answer(exchange, 400, "{\"reason\":\"INVALID_MESSAGE\"}");
        return;
      }
      switch (mode) {
        case FAIL ->
            SimulatorHttp.answer(exchange, 503, "{\"reason\":\"SIMULATED_OUTAGE\"}");
        case REFUSE ->
            SimulatorHttp.answer(exchange, 400, "{\"reason\":\"NUMBER_REFUSED\"}");
        case NORMAL -> {
          Received kept =
              received.computeIfAbsent(
                  message.getString("reference"),
                  reference ->
                      new Received(
                          "SIM" + ids.incrementAndGet(),
                          message.getString("to"),
                          message.getString("text"),
                          new AtomicInteger()));
          kept.times().incrementAndGet();
          SimulatorHttp.answer(
              exchange, 200, Json.createObjectBuilder().add("id", kept.id()).build().toString());
        }
      }
    }
  }

  private void control(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getQuery();
      if ("GET".equals(exchange.getRequestMethod()) && path.equals("/control/messages")) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        received.forEach(
            (reference, message) ->
                list.add(
                    Json.createObjectBuilder()
                        .add("reference", reference)
                        .add("id", message.id())
                        .add("to", message.to())
                        .add("text", message.text())
                        .add("times", message.times().get())));
        SimulatorHttp.answer(exchange, 200, list.build().toString());
      } else if ("POST".equals(exchange.getRequestMethod())
          && path.equals("/control/mode")
          && query != null
          && query.startsWith("value=")) {
        try {
          mode = Mode.valueOf(query.substring(6).toUpperCase(java.util.Locale.ROOT));
          SimulatorHttp.answer(exchange, 200, "{\"mode\":\"" + mode + "\"}");
        } catch (IllegalArgumentException unknown) {
          SimulatorHttp.answer(exchange, 400, "{\"reason\":\"UNKNOWN_MODE\"}");
        }
      } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/control/reset")) {
        received.clear();
        mode = Mode.NORMAL;
        SimulatorHttp.answer(exchange, 200, "{}");
      } else {
        SimulatorHttp.answer(exchange, 404, "{\"reason\":\"NOT_FOUND\"}");
      }
    }
  }
}
