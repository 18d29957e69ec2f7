package cn.cq.police.idcard.demo.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.feeds.control.RequestSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator on free ports, with a stand-in application that records its callbacks. */
class ProductionCentreSimulatorTest {

  static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

  final HttpClient http = HttpClient.newHttpClient();
  final List<String> callbacks = new CopyOnWriteArrayList<>();
  HttpServer application;
  ProductionCentreSimulator cut;
  int port;
  int controlPort;

  @BeforeEach
  void start() throws IOException {
    application = HttpServer.create(new InetSocketAddress(0), 0);
    application.createContext(
        "/api/production/status-reports",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          boolean signed =
              RequestSignature.verifies(
                  Base64.getDecoder().decode(SECRET),
                  "POST",
                  RequestSignature.target(exchange.getRequestURI()),
                  Long.parseLong(exchange.getRequestHeaders().getFirst("X-Timestamp")),
                  body,
                  exchange.getRequestHeaders().getFirst("X-Signature"));
          callbacks.add((signed ? "" : "UNSIGNED ") + new String(body, StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    application.start();
    port = freePort();
    controlPort = freePort();
    cut =
        new ProductionCentreSimulator(
            new ProductionCentreSimulator.Settings(
                port,
                controlPort,
                "http://localhost:"
                    + application.getAddress().getPort()
                    + "/api/production/status-reports",
                "pc-test",
                "api-key",
                SECRET,
                50,
                0,
                100));
    cut.start();
  }

  @AfterEach
  void stop() {
    cut.stop();
    application.stop(0);
  }

  @Test
  void aResentApplicationIsCountedButReportedOnce() throws Exception {
    assertEquals(200, deliver("A-1").statusCode());
    HttpResponse<String> again = deliver("A-1");
    assertEquals(200, again.statusCode());
    assertTrue(again.body().contains("\"duplicate\":true"), again.body());
    assertEquals(2, cut.received().get("A-1"));
    awaitCallbacks(3);
    Thread.sleep(200);
    assertEquals(3, callbacks.size(), callbacks.toString());
    assertTrue(callbacks.get(0).contains("\"ACCEPTED\""), callbacks.toString());
    assertTrue(callbacks.get(1).contains("\"PRODUCED\""), callbacks.toString());
    assertTrue(callbacks.get(2).contains("\"DISPATCHED\""), callbacks.toString());
    assertTrue(callbacks.stream().noneMatch(c -> c.startsWith("UNSIGNED")), callbacks.toString());
    assertTrue(control("GET", "received/A-1").contains("\"count\":2"));
  }

  @Test
  void anUnsignedDeliveryIsRefused() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/applications"))
                .header("Idempotency-Key", "X")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, response.statusCode());
    assertTrue(cut.received().isEmpty());
  }

  @Test
  void theModesFailRefuseAndRecover() throws Exception {
    control("POST", "mode?value=fail");
    assertEquals(500, deliver("B-1").statusCode());
    control("POST", "mode?value=offline");
    assertThrows(ConnectException.class, () -> deliver("B-1"));
    control("POST", "mode?value=normal");
    assertEquals(200, deliver("B-1").statusCode());
    assertEquals(1, cut.received().get("B-1"));
    assertTrue(control("POST", "mode?value=sideways").contains("UNKNOWN_MODE"));
  }

  @Test
  void aRejectionCarriesItsReason() throws Exception {
    control("POST", "reject-next?count=1&reason=photo%20too%20dark");
    deliver("C-1");
    awaitCallbacks(1);
    Thread.sleep(200);
    assertEquals(1, callbacks.size(), callbacks.toString());
    assertTrue(callbacks.get(0).contains("\"REJECTED\""), callbacks.toString());
    assertTrue(callbacks.get(0).contains("photo too dark"), callbacks.toString());
  }

  HttpResponse<String> deliver(String key) throws IOException, InterruptedException {
    byte[] body = ("{\"acceptanceNumber\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/applications"))
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    RequestSignature.headers(
            "pc-test",
            "api-key",
            Base64.getDecoder().decode(SECRET),
            "POST",
            "/applications",
            System.currentTimeMillis(),
            body)
        .forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String control(String method, String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + controlPort + "/" + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  void awaitCallbacks(int count) throws InterruptedException {
    for (int i = 0; i < 100 && callbacks.size() < count; i++) {
      Thread.sleep(50);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
