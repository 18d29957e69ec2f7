package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the IT application's server exposes besides the pages: /metrics only to a scraper with the
 * metrics token (MetricsAccess; the IT application is configured with its SHA-256 in pom.xml), and
 * no data grid listening on every interface.
 */
class DeploymentExposureIT {

  static final String SCRAPER_TOKEN = "it-metrics-scraper-token-2026";

  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  static HttpResponse<String> get(String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RunningApp.URL + path))
            .header("Accept-Language", "zh-CN");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The application's metrics (Prometheus text), as the operator's scraper reads them. */
  static String applicationMetrics() throws IOException, InterruptedException {
    HttpResponse<String> response = get("metrics?scope=application", "Bearer " + SCRAPER_TOKEN);
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  @Test
  void metricsNeedTheScrapersTokenWhileHealthAndOpenApiStayOpen() throws Exception {
    for (String path : new String[] {"metrics", "metrics?scope=application", "metrics/base"}) {
      for (String refused :
          new String[] {
            null,
            "Bearer wrong-token",
            "Bearer " + SCRAPER_TOKEN + "x",
            "Basic " + SCRAPER_TOKEN,
            "Bearer"
          }) {
        HttpResponse<String> response = get(path, refused);
        assertEquals(401, response.statusCode(), path + " with " + refused);
        assertEquals(
            "Bearer realm=\"metrics\"",
            response.headers().firstValue("WWW-Authenticate").orElse(""));
        assertFalse(response.body().contains("# TYPE"), response.body());
        AccessIT.assertNoInternals(response.body());
      }
    }
    assertTrue(applicationMetrics().contains("# TYPE feeds_outbox_backlog"));
    assertEquals(200, get("metrics?scope=base", "bearer  " + SCRAPER_TOKEN).statusCode());

    assertEquals(200, get("health/live", null).statusCode());
    HttpResponse<String> openApi = get("openapi", null);
    assertEquals(200, openApi.statusCode());
    assertTrue(openApi.body().contains("/api/"), openApi.body());
  }

  /**
   * The data grid's ports (Hazelcast, 6900 and up) are not open on any interface: a single instance
   * runs without it. A cluster binds it to --interfaces (bin/cluster-session-check checks that).
   */
  @Test
  void noDataGridListensOnEveryInterface() throws Exception {
    List<Integer> onEveryInterface = portsListeningOnEveryInterface();
    int appPort = URI.create(RunningApp.URL).getPort();
    assertTrue(
        onEveryInterface.contains(appPort), "the application port itself: " + onEveryInterface);
    assertTrue(
        onEveryInterface.stream()
            .noneMatch(port -> port >= 5701 && port <= 5801 || port >= 6900 && port <= 6999),
        "data grid ports open on every interface: " + onEveryInterface);
  }

  /** From the kernel's socket tables (/proc/net/tcp and tcp6): listening on 0.0.0.0 or ::. */
  static List<Integer> portsListeningOnEveryInterface() throws IOException {
    List<Integer> ports = new ArrayList<>();
    for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      List<String> lines = Files.readAllLines(Path.of(table));
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.trim().split("\\s+");
        String[] local = fields[1].split(":");
        boolean listening = fields[3].equals("0A");
        boolean everyInterface = local[0].chars().allMatch(c -> c == '0');
        if (listening && everyInterface) {
          ports.add(Integer.parseInt(local[1], 16));
        }
      }
    }
    return ports;
  }
}
