package cn.cq.police.idcard.feeds.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sends signed requests to the feed API the way a centre does (see {@link RequestSignature}): used
 * by the detection-centre simulator and the intake benchmark.
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
   *     signature covers the path without the query
   */
  public HttpResponse<String> post(String path, byte[] body)
      throws IOException, InterruptedException {
    URI uri = URI.create(baseUrl + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    sign(request, "POST", uri, body);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = URI.create(baseUrl + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).GET();
    sign(request, "GET", uri, new byte[0]);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void sign(HttpRequest.Builder request, String method, URI uri, byte[] body) {
    Map<String, String> headers =
        RequestSignature.headers(
            keyId,
            apiKey,
            signingSecret,
            method,
            uri.getRawPath(),
            System.currentTimeMillis(),
            body);
    headers.forEach(request::header);
  }
}
