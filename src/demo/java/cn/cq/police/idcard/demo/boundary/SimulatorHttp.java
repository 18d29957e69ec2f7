package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.feeds.control.RequestSignature;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulated outside systems (production centre, courier) share: JSON answers, query
 * strings, daemon threads, checking the station's signature and signing their callbacks with the
 * credential the station issued them. JDK only, like the simulators.
 */
final class SimulatorHttp {

  private SimulatorHttp() {}

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** A credential as issued by the station: key id, API key, Base64 signing secret. */
  record Credential(String keyId, String apiKey, String signingSecretBase64) {

    byte[] secret() {
      return Base64.getDecoder().decode(signingSecretBase64);
    }
  }

  /** Posts a JSON callback signed with the credential; answers the status code. */
  static int signedPost(String url, Credential credential, byte[] body)
      throws IOException, InterruptedException {
    URI target = URI.create(url);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    RequestSignature.headers(
            credential.keyId(),
            credential.apiKey(),
            credential.secret(),
            "POST",
            RequestSignature.target(target),
            System.currentTimeMillis(),
            body)
        .forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Whether the station signed this POST with the credential the simulator holds too. */
  static boolean signedByStation(HttpExchange exchange, Credential credential, byte[] body) {
    try {
      long timestamp =
          Long.parseLong(exchange.getRequestHeaders().getFirst(RequestSignature.TIMESTAMP_HEADER));
      return credential
              .keyId()
              .equals(exchange.getRequestHeaders().getFirst(RequestSignature.KEY_ID_HEADER))
          && RequestSignature.verifies(
              credential.secret(),
              "POST",
              RequestSignature.target(exchange.getRequestURI()),
              timestamp,
              body,
              exchange.getRequestHeaders().getFirst(RequestSignature.SIGNATURE_HEADER));
    } catch (RuntimeException unsigned) {
      return false;
    }
  }

  static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
