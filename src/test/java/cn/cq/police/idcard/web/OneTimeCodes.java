package cn.cq.police.idcard.web;

import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.security.control.OneTimePasswords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second login factor as the test helpers give it: the current one-time code of an account (the
 * demo secret, or the secret the test saw on its enrolment page), after asking the demo war's
 * fixture to forget the account's last accepted step, since the tests log the same account in many
 * times within one 30-second step. The replay test (SecondFactorIT) does not use this.
 */
public final class OneTimeCodes {

  private static final Map<String, byte[]> ENROLLED = new ConcurrentHashMap<>();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private OneTimeCodes() {}

  /** Remembers the secret an enrolment page showed for the account (spaces ignored). */
  public static void enrolled(String username, String secretText) {
    ENROLLED.put(username, OneTimePasswords.fromBase32(secretText));
  }

  public static byte[] secretOf(String username) {
    return ENROLLED.getOrDefault(
        username, OneTimePasswords.fromBase32(DemoDataWriter.DEMO_TOTP_SECRET));
  }

  /** The current code, usable once more: the account's last accepted step is forgotten first. */
  public static String freshCode(String username) {
    forgetStep(username);
    return currentCode(username);
  }

  public static String currentCode(String username) {
    return OneTimePasswords.codeAt(secretOf(username), Instant.now());
  }

  public static void forgetStep(String username) {
    try {
      HTTP.send(
          HttpRequest.newBuilder(
                  URI.create(
                      RunningApp.URL + "api/demo/second-factor/" + username + "/forget-step"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
