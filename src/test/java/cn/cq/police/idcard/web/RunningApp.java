package cn.cq.police.idcard.web;

import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The application that the build starts once (payara-micro:start in pre-integration-test) for all
 * HTTP and browser ITs, with its demo data, which the tests regenerate from the same seed.
 */
public final class RunningApp {

  public static final String URL = System.getProperty("it.url", "http://localhost:18080/");

  /** As set for the IT application in pom.xml and defaulted in microprofile-config.properties. */
  static final int DEMO_RECEIPTS = 200;

  static final String DEMO_PASSWORD = "Demo@2026";

  private static final DemoDataGenerator DEMO =
      new DemoDataGenerator(20261125L, LocalDate.now(ZoneId.of("Asia/Shanghai")), 90);

  private RunningApp() {}

  /** Waits until the application answers, at most four minutes (it boots while tests start). */
  public static void awaitReady() {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create(URL + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleepQuietly();
    }
    throw new IllegalStateException("The application did not start at " + URL);
  }

  /** The first demo receipt meant for the given station's counter in the given state. */
  static DemoReceipt demoReceipt(int stationIndex, DemoReceiptState state) {
    return demoReceipts(stationIndex, state)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No demo receipt in state " + state));
  }

  /** The demo receipts meant for the given station's counter in the given state, in order. */
  static Stream<DemoReceipt> demoReceipts(int stationIndex, DemoReceiptState state) {
    return LongStream.range(0, DEMO_RECEIPTS)
        .filter(i -> i % 5 == stationIndex && DemoDataGenerator.stateOf(i) == state)
        .mapToObj(DEMO::receipt);
  }

  /** The IT application's log files (Payara appends a generation number to the name). */
  static boolean logFileExists() {
    Path log = Path.of(System.getProperty("it.log", "target/payara-it.log"));
    try (Stream<Path> files = Files.list(log.getParent())) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith(log.getFileName() + "."));
    } catch (IOException e) {
      return false;
    }
  }

  static Stream<String> linesOf(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
