package cn.cq.police.idcard.feeds.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Sends one application to the production centre's REST endpoint, signed with the station's
 * production-centre credential and carrying the Idempotency-Key header, so a resend after a lost
 * answer creates no second card order. Fault tolerance: a timeout per call, one quick retry, and a
 * circuit breaker that stops hammering a centre that keeps failing (MicroProfile config can tune
 * each, e.g. {@code
 * cn.cq.police.idcard.feeds.control.ProductionCentreClient/send/CircuitBreaker/delay}).
 */
@ApplicationScoped
public class ProductionCentreClient {

  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

  @Inject
  @ConfigProperty(name = "feeds.production.url")
  String url;

  @Inject
  @ConfigProperty(name = "feeds.production.key-id")
  Optional<String> keyId;

  @Inject
  @ConfigProperty(name = "feeds.production.api-key")
  Optional<String> apiKey;

  /** Base64, as the credential was issued. */
  @Inject
  @ConfigProperty(name = "feeds.production.signing-secret")
  Optional<String> signingSecret;

  @Inject
  @ConfigProperty(name = "feeds.production.timeout-millis", defaultValue = "3000")
  long timeoutMillis;

  private HttpClient http;

  private URI target;

  @PostConstruct
  void init() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(timeoutMillis))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    target = URI.create(url);
  }

  /** Returns normally only when the centre answered 2xx; anything else throws. */
  @Timeout(5000)
  @Retry(
      maxRetries = 1,
      delay = 200,
      abortOn = {CircuitBreakerOpenException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.75,
      delay = 30000,
      successThreshold = 1)
  public void send(String idempotencyKey, byte[] body) {
    long now = System.currentTimeMillis();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofMillis(timeoutMillis))
            .header("Content-Type", "application/json; charset=utf-8")
            .header(IDEMPOTENCY_KEY_HEADER, idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (keyId.isEmpty() || apiKey.isEmpty() || signingSecret.isEmpty()) {
      // Without a credential the centre would refuse anyway; the row waits until one is set.
      throw new DeliveryFailed("feeds.production.key-id, api-key and signing-secret must be set");
    }
    RequestSignature.headers(
            keyId.get(),
            apiKey.get(),
            Base64.getDecoder().decode(signingSecret.get()),
            "POST",
            RequestSignature.target(target),
            now,
            body)
        .forEach(request::header);
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DeliveryFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("interrupted");
    }
    if (response.statusCode() / 100 != 2) {
      String answer = response.body() == null ? "" : response.body();
      throw new DeliveryFailed(
          "HTTP "
              + response.statusCode()
              + ": "
              + answer.substring(0, Math.min(answer.length(), 200)));
    }
  }

  /** The centre did not take the application; the message says why (never applicant data). */
  public static class DeliveryFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeliveryFailed(String message) {
      super(message);
    }
  }
}
