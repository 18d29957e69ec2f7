package cn.cq.police.idcard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.security.control.OneTimePasswords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/totp} (a JDK-only source file, bin/lib/Totp.java) prints the code the application
 * accepts: the same as java-otp's for the demo secret and for another secret.
 */
class TotpCommandTest {

  static String run(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bin/totp"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue());
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
  }

  /** The code of the step before, during or after the run: the step may change meanwhile. */
  static void assertCodeAround(byte[] secret, Instant before, String printed, Instant after) {
    List<String> possible =
        List.of(OneTimePasswords.codeAt(secret, before), OneTimePasswords.codeAt(secret, after));
    assertTrue(possible.contains(printed), printed + " not in " + possible);
  }

  @Test
  void theCommandPrintsTheCodeTheApplicationAccepts() throws Exception {
    assertTrue(Path.of("bin/lib/Totp.java").toFile().isFile());
    Instant before = Instant.now();
    String demo = run();
    assertCodeAround(
        OneTimePasswords.fromBase32(DemoDataWriter.DEMO_TOTP_SECRET), before, demo, Instant.now());
    byte[] other = OneTimePasswords.newSecret();
    before = Instant.now();
    String printed = run(OneTimePasswords.base32(other));
    assertCodeAround(other, before, printed, Instant.now());
  }
}
