package cn.cq.police.idcard.feeds.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends signed requests to the feed API the way a centre does (see {@link RequestSignature}): used
 * by the detection-centre simulator, the intake benchmark and the feed ITs.
 *
 * @param baseUrl the application's URL, ending in a slash, e.g. http://localhost:8080/
 */
public record FeedClient(
    HttpClient http, String baseUrl, String keyId, String apiKey, byte[] signingSecret) {

  public static FeedClient of(String baseUrl, String keyId, String apiKey, byte[] signingSecret) {
    return new FeedClient(
        // HTTP/1.1: over an h2c upgrade Payara's HTTP/2 input path took seconds per large batch.
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build(),
        baseUrl.endsWith("/") ? baseUrl : baseUrl + "/",
        keyId,
        apiKey,
        signingSecret);
  }

  /**
   * @param path below the base URL, e.g. {@code api/receipts/batch?mode=accept-valid}; the
   *     signature covers path and query
   */
  public HttpResponse<String> post(String path, byte[] body)
      throws IOException, InterruptedException {
    return send("POST", path, body, System.currentTimeMillis());
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, new byte[0], System.currentTimeMillis());
  }

  /** Signed as if sent at {@code timestampMillis} (a centre's clock). */
  public HttpResponse<String> send(String method, String path, byte[] body, long timestampMillis)
      throws IOException, InterruptedException {
    return send(method, path, path, body, timestampMillis);
  }

  /**
   * Sends to {@code path} a request signed for {@code signedPath}: the same path but for tests of
   * the application's refusals.
   */
  public HttpResponse<String> send(
      String method, String path, String signedPath, byte[] body, long timestampMillis)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    RequestSignature.headers(
            keyId,
            apiKey,
            signingSecret,
            method,
            RequestSignature.target(URI.create(baseUrl + signedPath)),
            timestampMillis,
            body)
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
