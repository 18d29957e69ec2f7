package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.AccessIT.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a page or the feed API accepts as a request body: an oversized one is refused by its
 * declared length before it is read (the test sends only its first kilobyte), a garbled one never
 * makes a 5xx, and every refusal is the product's own answer with the security headers. Before, a
 * 61 MB post to the login page was read and answered with a 500, and a wrong media type on the feed
 * API showed the server's error page naming Payara.
 */
class RequestBodyIT {

  /** HTTP/1.1 only: the default client's h2c upgrade offer on a post stalled the answer. */
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  /** Raw HTTP: the headers, then only the first kilobyte of the body they announce. */
  static String postAnnouncing(String path, String contentType, long announcedLength)
      throws IOException {
    byte[] start = new byte[1024];
    new Random(1).nextBytes(start);
    // The answer comes although 99.99 % of the body was never sent.
    return rawPost(path, contentType, "Content-Length: " + announcedLength, start);
  }

  /** Raw HTTP: a chunked body of one kilobyte chunk that never ends. */
  static String postChunked(String path, String contentType) throws IOException {
    byte[] chunk = ("400\r\n" + "a".repeat(1024) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    return rawPost(path, contentType, "Transfer-Encoding: chunked", chunk);
  }

  /** One POST over a plain socket: the headers with the given length header, then these bytes. */
  static String rawPost(String path, String contentType, String lengthHeader, byte[] body)
      throws IOException {
    URI app = URI.create(RunningApp.URL);
    try (Socket socket = new Socket(app.getHost(), app.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /"
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + app.getHost()
                  + "\r\nAccept-Language: zh-CN\r\nContent-Type: "
                  + contentType
                  + "\r\n"
                  + lengthHeader
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return readAnswer(socket.getInputStream());
    }
  }

  /** The status line, headers and body of one answer with a Content-Length. */
  static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    int headEnd = -1;
    while (headEnd < 0) {
      int b = in.read();
      if (b < 0) {
        return answer.toString(StandardCharsets.UTF_8);
      }
      answer.write(b);
      headEnd = answer.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
    }
    Matcher length =
        Pattern.compile("(?im)^Content-Length: *(\\d+)")
            .matcher(answer.toString(StandardCharsets.ISO_8859_1));
    if (length.find()) {
      answer.write(in.readNBytes(Integer.parseInt(length.group(1))));
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anOversizedPostToAPageIsRefusedUnreadWithTheProductsPage() throws Exception {
    for (String type :
        new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
      String answer = postAnnouncing("login.xhtml", type, 61_000_000);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
      assertTrue(answer.contains("请求数据过大"), answer);
      assertTrue(answer.contains("Content-Security-Policy:"), answer);
      assertNoInternals(answer);
    }
  }

  @Test
  void theFeedApiGetsMegabytesOnlyForTheReceiptIntake() throws Exception {
    String report = postAnnouncing("api/production/status-reports", "application/json", 200_000);
    assertTrue(report.startsWith("HTTP/1.1 413"), report);
    assertTrue(report.contains("\"reason\":\"PAYLOAD_TOO_LARGE\""), report);
    String batch = postAnnouncing("api/receipts/batch", "application/json", 70_000_000);
    assertTrue(batch.startsWith("HTTP/1.1 413"), batch);
    assertTrue(batch.contains("\"reason\":\"PAYLOAD_TOO_LARGE\""), batch);
    assertNoInternals(batch);
  }

  /** A chunked body declares no length: refused before it is read, except at the intake. */
  @Test
  void aBodyWithoutADeclaredLengthIsRefusedOutsideTheIntake() throws Exception {
    String report = postChunked("api/production/status-reports", "application/json");
    assertTrue(report.startsWith("HTTP/1.1 411"), report);
    assertTrue(report.contains("\"reason\":\"LENGTH_REQUIRED\""), report);
    String page = postChunked("login.xhtml", "application/x-www-form-urlencoded");
    assertTrue(page.startsWith("HTTP/1.1 411"), page);
    assertTrue(page.contains("请求缺少长度"), page);
    assertNoInternals(page);
  }

  @Test
  void randomBytesPostedToAPageAreNeverAServerError() throws Exception {
    byte[] noise = new byte[200_000];
    new Random(7).nextBytes(noise);
    for (String type :
        new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(RunningApp.URL + "login.xhtml"))
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(noise))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(response.statusCode() < 500, type + ": " + response.statusCode());
      assertNoInternals(response.body());
    }
  }

  @Test
  void aWrongMediaTypeOnTheFeedApiIsTheProductsOwnRefusal() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(RunningApp.URL + "api/receipts"))
                .header("Content-Type", "text/plain")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(415, response.statusCode());
    assertTrue(response.body().contains("请求被拒绝"), response.body());
    assertNoInternals(response.body());
  }
}
