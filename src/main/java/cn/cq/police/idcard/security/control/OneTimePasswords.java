package cn.cq.police.idcard.security.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;

/**
 * Time-based one-time passwords as every authenticator app makes them (RFC 6238: HMAC-SHA1, 6
 * digits, 30-second steps), computed by java-otp. A code is accepted for the current step or one
 * step either side (a phone's clock a little off, a code typed as it changes), and only for a step
 * later than the last one accepted for the account: a code once used is refused for the rest of its
 * window, which is what makes it one-time.
 */
public final class OneTimePasswords {

  public static final Duration STEP = Duration.ofSeconds(30);

  static final int DIGITS = 6;

  /** Steps either side of the current one that are still accepted. */
  static final int WINDOW = 1;

  /** 160 bits, the size of an HMAC-SHA1 key, as RFC 4226 recommends. */
  static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final TimeBasedOneTimePasswordGenerator GENERATOR =
      new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

  private OneTimePasswords() {}

  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** The secret as authenticator apps take it typed in: Base32 without padding. */
  public static String base32(byte[] secret) {
    return Base32.toBase32String(secret).replace("=", "");
  }

  /**
   * A secret typed or configured as Base32 (spaces, dashes and case ignored).
   *
   * @throws IllegalArgumentException if it is not Base32 of at least 10 bytes
   */
  public static byte[] fromBase32(String text) {
    String clean =
        text == null ? "" : text.replaceAll("[\\s-]", "").replace("=", "").toUpperCase(Locale.ROOT);
    if (!clean.matches("[A-Z2-7]{16,128}")) {
      throw new IllegalArgumentException("Not a Base32 secret of at least 80 bits");
    }
    int padding = (8 - clean.length() % 8) % 8;
    return Base32.decode(clean + "=".repeat(padding));
  }

  /** The step a moment falls in: Unix seconds divided by 30. */
  public static long stepAt(Instant moment) {
    return Math.floorDiv(moment.getEpochSecond(), STEP.getSeconds());
  }

  /** The code of a step, six digits with leading zeros. */
  public static String codeOf(byte[] secret, long step) {
    try {
      return GENERATOR.generateOneTimePasswordString(
          new SecretKeySpec(secret, "RAW"), Instant.ofEpochSecond(step * STEP.getSeconds()));
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("Not a usable TOTP secret", e);
    }
  }

  public static String codeAt(byte[] secret, Instant moment) {
    return codeOf(secret, stepAt(moment));
  }

  /** Whether the text has the shape of a code: six digits (spaces around and inside ignored). */
  public static boolean looksLikeCode(String typed) {
    return typed != null && typed.replace(" ", "").matches("\\d{" + DIGITS + "}");
  }

  /**
   * The step the typed code belongs to, if it is the code of a step within the window around now
   * and later than the last accepted one.
   *
   * @param lastAccepted the step of the account's last accepted code, {@code Long.MIN_VALUE} if
   *     none
   */
  public static OptionalLong acceptedStep(
      byte[] secret, String typed, Instant now, long lastAccepted) {
    if (!looksLikeCode(typed)) {
      return OptionalLong.empty();
    }
    String code = typed.replace(" ", "");
    long current = stepAt(now);
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      if (step > lastAccepted && constantTimeEquals(codeOf(secret, step), code)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** Whether the typed code is right for the window but its step was used already. */
  public static boolean isReplay(byte[] secret, String typed, Instant now, long lastAccepted) {
    if (!looksLikeCode(typed)) {
      return false;
    }
    String code = typed.replace(" ", "");
    long current = stepAt(now);
    for (long step = current - WINDOW; step <= Math.min(current + WINDOW, lastAccepted); step++) {
      if (constantTimeEquals(codeOf(secret, step), code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code otpauth://} URI an authenticator app reads from the QR code (Google Authenticator's
   * key URI format): the issuer and account shown in the app, the secret, the parameters.
   */
  public static String keyUri(String issuer, String account, byte[] secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.getSeconds();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
