package cn.cq.police.idcard.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Single-use recovery codes for a person without their phone: ten per enrolment, shown once, 12
 * characters of an unambiguous 31-character alphabet (59 random bits) written in groups of four.
 *
 * <p>Stored as a salted SHA-256 ({@code salt$hash}, Base64), not with the passwords' PBKDF2: a
 * recovery code is random with 59 bits, far beyond what a slow hash protects for human-chosen
 * passwords, and a login may compare the typed text with all ten stored codes, which PBKDF2 at
 * 100,000 iterations would make a two-second wait.
 */
public final class RecoveryCodes {

  public static final int COUNT = 10;

  static final int LENGTH = 12;

  /** No 0/O, 1/I/L: read from paper and typed without mistakes. */
  static final String LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** Ten new codes, as shown: {@code ABCD-EFGH-JKMN}. */
  public static List<String> generate() {
    return IntStream.range(0, COUNT).mapToObj(i -> newCode()).toList();
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    return code.toString();
  }

  /** The typed text without dashes and spaces, upper case; null if it cannot be a code. */
  public static String normalised(String typed) {
    if (typed == null || typed.length() > 40) {
      return null;
    }
    String clean = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return clean.length() == LENGTH && clean.chars().allMatch(c -> LETTERS.indexOf(c) >= 0)
        ? clean
        : null;
  }

  public static String hash(String code) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return Base64.getEncoder().encodeToString(salt) + "$" + digest(salt, normalised(code));
  }

  /** Whether the typed code is the one a stored hash was made of. */
  public static boolean matches(String typed, String stored) {
    String code = normalised(typed);
    int dollar = stored == null ? -1 : stored.indexOf('$');
    if (code == null || dollar < 0) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(stored.substring(0, dollar));
    return MessageDigest.isEqual(
        digest(salt, code).getBytes(StandardCharsets.US_ASCII),
        stored.substring(dollar + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private static String digest(byte[] salt, String code) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return Base64.getEncoder()
          .encodeToString(sha256.digest(code.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
