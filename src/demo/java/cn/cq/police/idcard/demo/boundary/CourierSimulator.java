package cn.cq.police.idcard.demo.boundary;

import static cn.cq.police.idcard.demo.boundary.SimulatorHttp.answer;
import static cn.cq.police.idcard.demo.boundary.SimulatorHttp.json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A stand-in for the courier (邮寄送证), for the demo and the tests. The courier port takes the
 * station's signed parcel subscriptions ({@code POST /shipments} with {@code trackingNumber},
 * {@code reference} and {@code callbackUrl}) and, after a delay, reports each parcel delivered to
 * its callback with the courier credential the station issued. The control port:
 *
 * <ul>
 *   <li>{@code POST /deliver?trackingNumber=...}: report that parcel delivered now;
 *   <li>{@code GET /shipments}: the parcels taken and what was reported, as JSON;
 *   <li>{@code POST /reset}: forget everything.
 * </ul>
 */
public class CourierSimulator implements InAppSimulator {

  private static final Logger LOG = Logger.getLogger(CourierSimulator.class.getName());

  /** Where it listens, how it signs its reports, and how long a parcel travels. */
  public record Settings(
      int port, int controlPort, SimulatorHttp.Credential credential, long deliveryDelayMillis) {}

  /** A parcel the station posted: where to report, and the last report's answer. */
  private record Parcel(String callbackUrl, String reference, String lastReport) {}

  private final Settings settings;
  private final Map<String, Parcel> parcels = new ConcurrentHashMap<>();
  private final ExecutorService workers =
      Executors.newFixedThreadPool(4, SimulatorHttp.daemon("courier-sim"));
  private final ScheduledExecutorService reporter =
      Executors.newScheduledThreadPool(1, SimulatorHttp.daemon("courier-sim-report"));
  private HttpServer courier;
  private HttpServer control;

  public CourierSimulator(Settings settings) {
    this.settings = settings;
  }

  @Override
  public synchronized void start() throws IOException {
    courier = HttpServer.create(new InetSocketAddress(settings.port()), 0);
    courier.setExecutor(workers);
    courier.createContext("/", this::receive);
    courier.start();
    control = HttpServer.create(new InetSocketAddress(settings.controlPort()), 0);
    control.setExecutor(workers);
    control.createContext("/", this::control);
    control.start();
    LOG.info(
        () ->
            "Courier simulator on port "
                + settings.port()
                + " (control "
                + settings.controlPort()
                + "), delivering after "
                + settings.deliveryDelayMillis()
                + " ms");
  }

  @Override
  public synchronized void stop() {
    if (courier != null) {
      courier.stop(0);
    }
    if (control != null) {
      control.stop(0);
    }
    reporter.shutdownNow();
    workers.shutdownNow();
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "{\"reason\":\"METHOD_NOT_ALLOWED\"}");
        return;
      }
      if (!SimulatorHttp.signedByStation(exchange, settings.credential(), body)) {
        answer(exchange, 401, "{\"reason\":\"UNAUTHENTICATED\"}");
        return;
      }
      String trackingNumber;
      String callbackUrl;
      String reference;
      try {
        JsonObject shipment = Json.createReader(new ByteArrayInputStream(body)).readObject();
        trackingNumber = text(shipment, "trackingNumber");
        callbackUrl = text(shipment, "callbackUrl");
        reference = text(shipment, "reference");
      } catch (RuntimeException malformed) {
        trackingNumber = null;
        callbackUrl = null;
        reference = null;
      }
      if (trackingNumber == null || callbackUrl == null) {
        answer(exchange, 400, "{\"reason\":\"INVALID_SHIPMENT\"}");
        return;
      }
      boolean first =
          parcels.putIfAbsent(trackingNumber, new Parcel(callbackUrl, reference, "")) == null;
      if (first) {
        String parcel = trackingNumber;
        reporter.schedule(
            () -> deliver(parcel, 0), settings.deliveryDelayMillis(), TimeUnit.MILLISECONDS);
      }
      answer(
          exchange,
          200,
          "{\"trackingNumber\":" + json(trackingNumber) + ",\"duplicate\":" + !first + "}");
    }
  }

  /** Reports the parcel delivered; retries a few times, as a real courier would. */
  private void deliver(String trackingNumber, int tries) {
    Parcel parcel = parcels.get(trackingNumber);
    if (parcel == null || parcel.lastReport().startsWith("2")) {
      return;
    }
    String body =
        "{\"trackingNumber\":" + json(trackingNumber) + ",\"status\":\"DELIVERED\"}";
    try {
      int code =
          SimulatorHttp.signedPost(
              parcel.callbackUrl(), settings.credential(), body.getBytes(StandardCharsets.UTF_8));
      parcels.put(
          trackingNumber, new Parcel(parcel.callbackUrl(), parcel.reference(), String.valueOf(code)));
      if (code >= 500 && tries < 5) {
        reporter.schedule(() -> deliver(trackingNumber, tries + 1), 1, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      if (tries < 5) {
        reporter.schedule(() -> deliver(trackingNumber, tries + 1), 1, TimeUnit.SECONDS);
      } else {
        LOG.log(Level.WARNING, "Delivery of " + trackingNumber + " could not be reported", e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void control(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      boolean post = "POST".equals(exchange.getRequestMethod());
      if (post && path.equals("/deliver")) {
        String trackingNumber =
            SimulatorHttp.query(exchange.getRequestURI().getRawQuery()).get("trackingNumber");
        if (trackingNumber == null || !parcels.containsKey(trackingNumber)) {
          answer(exchange, 404, "{\"reason\":\"UNKNOWN_PARCEL\"}");
          return;
        }
        deliver(trackingNumber, 5);
        answer(
            exchange,
            200,
            "{\"trackingNumber\":"
                + json(trackingNumber)
                + ",\"lastReport\":"
                + json(parcels.get(trackingNumber).lastReport())
                + "}");
      } else if (post && path.equals("/reset")) {
        parcels.clear();
        answer(exchange, 200, "{\"parcels\":0}");
      } else if (path.equals("/shipments")) {
        StringBuilder out = new StringBuilder();
        parcels.forEach(
            (number, parcel) ->
                out.append(out.isEmpty() ? "" : ",")
                    .append(json(number))
                    .append(":{\"reference\":")
                    .append(json(parcel.reference() == null ? "" : parcel.reference()))
                    .append(",\"lastReport\":")
                    .append(json(parcel.lastReport()))
                    .append('}'));
        answer(exchange, 200, "{\"parcels\":{" + out + "}}");
      } else {
        answer(exchange, 404, "{\"reason\":\"NOT_FOUND\"}");
      }
    }
  }

  private static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString string ? string.getString() : null;
  }
}
