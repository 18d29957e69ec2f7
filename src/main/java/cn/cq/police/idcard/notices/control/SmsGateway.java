package cn.cq.police.idcard.notices.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS gateway the city contracts, over HTTP: {@code POST} of {@code {"reference", "to",
 * "text"}} as JSON with a bearer token; a 2xx answer {@code {"id": "..."}} means it took the
 * message. The reference is the outbox row's idempotency key, so a resend after a lost answer is
 * recognised by the gateway rather than sent twice. A 4xx other than 408 and 429 is final (a number
 * the carrier refuses); anything else may succeed later.
 */
@ApplicationScoped
public class SmsGateway {

  @Inject
  @ConfigProperty(name = "notices.sms.gateway-url", defaultValue = "http://localhost:8092/sms")
  String url;

  @Inject
  @ConfigProperty(name = "notices.sms.gateway-token")
  String token;

  @Inject
  @ConfigProperty(name = "notices.sms.timeout-millis", defaultValue = "5000")
  long timeoutMillis;

  private HttpClient http;

  /** The gateway did not take the message; the text says why (never the number or the text). */
  public static class NotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public NotSent(String message, boolean permanent) {
      super(message);
      this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean isPermanent() {
      return permanent;
    }
  }

  @PostConstruct
  void init() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(timeoutMillis))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** The gateway's id of the message it took. */
  public String send(String reference, String to, String text) {
    String body =
        Json.createObjectBuilder()
            .add("reference", reference)
            .add("to", to)
            .add("text", text)
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMillis(timeoutMillis))
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new NotSent(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSent("interrupted", false);
    }
    int status = response.statusCode();
    if (status / 100 != 2) {
      throw new NotSent(
          "HTTP " + status + ": " + cut(response.body()),
          status / 100 == 4 && status != 408 && status != 429);
    }
    try {
      JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
      return cut(answer.getString("id"));
    } catch (JsonException | ClassCastException | NullPointerException notJson) {
      // It took the message but said so oddly: recorded without its id rather than sent twice.
      return "";
    }
  }

  private static String cut(String text) {
    String value = text == null ? "" : text;
    return value.substring(0, Math.min(value.length(), 100));
  }
}
