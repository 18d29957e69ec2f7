package cn.cq.police.idcard.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The IT application's production-centre simulator, driven through its control port. */
final class ProductionSimulator {

  static final String URL = System.getProperty("it.simulator.url", "http://localhost:18091/");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

  private static final Pattern DELIVERIES = Pattern.compile("\"deliveries\":(\\d+)");

  private ProductionSimulator() {}

  static void mode(String mode) {
    call("POST", "mode?value=" + mode);
  }

  static void rejectNext(String reason) {
    call("POST", "reject-next?count=1&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8));
  }

  /** How often the application with this key was delivered (0: never). */
  static int received(String idempotencyKey) {
    Matcher matcher = COUNT.matcher(call("GET", "received/" + idempotencyKey));
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }

  /** What the centre holds for this key: count, last report and the photo it was sent, as JSON. */
  static String receivedJson(String idempotencyKey) {
    return call("GET", "received/" + idempotencyKey);
  }

  /** Every delivery attempt that reached the centre, including failed ones. */
  static long deliveries() {
    Matcher matcher = DELIVERIES.matcher(call("GET", "received"));
    return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
  }

  private static String call(String method, String path) {
    return call(URL, method, path);
  }

  /** A control call to a simulator at {@code base} (the SMS gateway's too), its answer's body. */
  static String call(String base, String method, String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (IOException e) {
      throw new IllegalStateException("simulator not reachable at " + base, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
