package cn.cq.police.idcard.feeds.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random API keys, signing secrets and key ids, and the hash under which an API key is kept. */
public final class ApiKeys {

  /** 256 bits: an API key cannot be guessed, so a fast hash is enough to keep it. */
  static final int SECRET_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  public static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** A new API key as the centre will send it: URL-safe Base64 without padding. */
  public static String newApiKey() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
  }

  public static byte[] newSigningSecret() {
    return randomBytes(SECRET_BYTES);
  }

  /** e.g. "dc-3f9a61c2d04e": the centre's prefix and 48 random bits. */
  public static String newKeyId(String prefix) {
    return prefix + "-" + HexFormat.of().formatHex(randomBytes(6));
  }

  public static String sha256Hex(String apiKey) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Compares in constant time, so response times do not reveal how much of a key matched. */
  public static boolean matches(String presentedApiKey, String storedSha256Hex) {
    if (presentedApiKey == null || storedSha256Hex == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sha256Hex(presentedApiKey).getBytes(StandardCharsets.US_ASCII),
        storedSha256Hex.getBytes(StandardCharsets.US_ASCII));
  }
}
