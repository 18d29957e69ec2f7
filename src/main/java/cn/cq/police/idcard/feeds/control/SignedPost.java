package cn.cq.police.idcard.feeds.control;

import cn.cq.police.idcard.feeds.control.ProductionCentreClient.DeliveryFailed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * A JSON POST the station signs with one of its outgoing credentials (see {@link
 * RequestSignature}), as the production-centre and courier clients send them: HTTP/1.1, a timeout,
 * 2xx or {@link DeliveryFailed} with a short reason (never the payload).
 */
final class SignedPost {

  private final HttpClient http;
  private final URI target;
  private final long timeoutMillis;
  private final Optional<String> keyId;
  private final Optional<String> apiKey;
  private final Optional<String> signingSecret;
  private final String settingsPrefix;

  /**
   * @param signingSecret Base64, as the credential was issued
   * @param settingsPrefix names the settings in the refusal when a credential part is missing
   */
  SignedPost(
      String url,
      long timeoutMillis,
      Optional<String> keyId,
      Optional<String> apiKey,
      Optional<String> signingSecret,
      String settingsPrefix) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(timeoutMillis))
            // h2c is off on the listeners this talks to (and on Payara's own).
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.target = URI.create(url);
    this.timeoutMillis = timeoutMillis;
    this.keyId = keyId;
    this.apiKey = apiKey;
    this.signingSecret = signingSecret;
    this.settingsPrefix = settingsPrefix;
  }

  /**
   * A POST configured by the settings under {@code prefix}: {@code url}, {@code key-id}, {@code
   * api-key}, {@code signing-secret} (Base64) and {@code timeout-millis} (default 3000), e.g.
   * {@code feeds.production.url}.
   */
  static SignedPost configured(Config config, String prefix) {
    return new SignedPost(
        config.getValue(prefix + "url", String.class),
        config.getOptionalValue(prefix + "timeout-millis", Long.class).orElse(3000L),
        config.getOptionalValue(prefix + "key-id", String.class),
        config.getOptionalValue(prefix + "api-key", String.class),
        config.getOptionalValue(prefix + "signing-secret", String.class),
        prefix);
  }

  /** Returns normally only when the other side answered 2xx; anything else throws. */
  void send(Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofMillis(timeoutMillis))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    if (keyId.isEmpty() || apiKey.isEmpty() || signingSecret.isEmpty()) {
      // Without a credential the other side would refuse anyway.
      throw new DeliveryFailed(settingsPrefix + "key-id, api-key and signing-secret must be set");
    }
    RequestSignature.headers(
            keyId.get(),
            apiKey.get(),
            Base64.getDecoder().decode(signingSecret.get()),
            "POST",
            RequestSignature.target(target),
            System.currentTimeMillis(),
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
}
