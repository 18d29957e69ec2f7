package cn.cq.police.idcard.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The IT application's SMS gateway simulator, as the tests ask it what arrived. */
final class SmsSimulator {

  static final String URL = System.getProperty("it.sms.url", "http://localhost:18092/");

  private SmsSimulator() {}

  /** normal, fail (503: try later) or refuse (400: the number is refused for good). */
  static void mode(String mode) {
    call("POST", "control/mode?value=" + mode);
  }

  static List<JsonObject> messages() {
    return Json.createReader(new StringReader(call("GET", "control/messages")))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  /** The message of this application's notice, once it arrived; empty after the time is up. */
  static Optional<JsonObject> awaitMessage(String acceptanceNumber, Duration within)
      throws InterruptedException {
    Instant until = Instant.now().plus(within);
    do {
      Optional<JsonObject> message = messageOf(acceptanceNumber);
      if (message.isPresent()) {
        return message;
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(until));
    return Optional.empty();
  }

  static Optional<JsonObject> messageOf(String acceptanceNumber) {
    return messages().stream()
        .filter(m -> m.getString("reference").equals("notice-" + acceptanceNumber))
        .findFirst();
  }

  private static String call(String method, String path) {
    return ProductionSimulator.call(URL, method, path);
  }
}
