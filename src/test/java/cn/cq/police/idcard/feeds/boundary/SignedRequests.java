package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.control.FeedClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A centre calling the feed API of a running application through the product's own {@link
 * FeedClient}, with the demo credentials the IT application registers (see microprofile-config),
 * failing the test instead of throwing checked exceptions.
 */
public final class SignedRequests {

  /** The demo credential of each centre, as in microprofile-config.properties. */
  public record Credential(String keyId, String apiKey, byte[] secret) {}

  public static final Credential DETECTION_CENTRE =
      new Credential(
          "dc-demo00000001",
          "jDVyljJayt-LTQkAqHtvVh1nLq7QJk6OEiEUKA1fofI",
          Base64.getDecoder().decode("w/2M7PRv0FJQH1ePqIY5IeeFhNix7YRcs17bB31S2FM="));

  public static final Credential PRODUCTION_CENTRE =
      new Credential(
          "pc-demo00000001",
          "JFQ-g_3hkrbYBiG3ol_C49cdKbN3fFNq6XW1dkwyYHo",
          Base64.getDecoder().decode("kv3FdvptMRGWHb34Ftci+9GJVTvLrvtweuUIhdp9Y/Y="));

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private interface Call {
    HttpResponse<String> send() throws IOException, InterruptedException;
  }

  private final FeedClient client;

  private SignedRequests(String baseUrl, Credential credential) {
    this.client =
        FeedClient.of(baseUrl, credential.keyId(), credential.apiKey(), credential.secret());
  }

  public static SignedRequests detectionCentre(String baseUrl) {
    return new SignedRequests(baseUrl, DETECTION_CENTRE);
  }

  public static SignedRequests productionCentre(String baseUrl) {
    return new SignedRequests(baseUrl, PRODUCTION_CENTRE);
  }

  public static SignedRequests as(String baseUrl, Credential credential) {
    return new SignedRequests(baseUrl, credential);
  }

  /** POSTs JSON, signed now. {@code path} is relative to the application, e.g. "api/receipts". */
  public HttpResponse<String> post(String path, byte[] json) {
    return call(() -> client.post(path, json));
  }

  public HttpResponse<String> post(String path, String json) {
    return post(path, json.getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path) {
    return call(() -> client.get(path));
  }

  /** Signed as if sent at {@code timestampMillis}: for testing the replay window. */
  public HttpResponse<String> send(String method, String path, byte[] body, long timestampMillis) {
    return call(() -> client.send(method, path, body, timestampMillis));
  }

  /** Sent to {@code path} but signed for {@code signedPath}. */
  public HttpResponse<String> sendSignedFor(
      String method, String path, String signedPath, byte[] body) {
    return call(() -> client.send(method, path, signedPath, body, System.currentTimeMillis()));
  }

  /** Sends a request as given, e.g. with headers left out or altered. */
  public static HttpResponse<String> unsigned(HttpRequest request) {
    return call(
        () -> HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> call(Call call) {
    try {
      return call.send();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
