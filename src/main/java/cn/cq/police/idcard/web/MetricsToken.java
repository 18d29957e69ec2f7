package cn.cq.police.idcard.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The credential a metrics scraper sends ({@code Authorization: Bearer …}) to read {@code
 * /metrics}. Configuration holds only its SHA-256 ({@code web.metrics.token-sha256}, hex), so the
 * configuration alone does not give it away; with none configured nobody reads the metrics.
 */
public record MetricsToken(Optional<byte[]> sha256) {

  public static MetricsToken parse(Optional<String> configuredHex) {
    return new MetricsToken(
        configuredHex
            .map(String::strip)
            .filter(hex -> hex.matches("(?i)[0-9a-f]{64}"))
            .map(hex -> HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT))));
  }

  public boolean configured() {
    return sha256.isPresent();
  }

  /** Whether an {@code Authorization} header carries the token; compared in constant time. */
  public boolean admits(String authorization) {
    if (sha256.isEmpty() || authorization == null) {
      return false;
    }
    String[] scheme = authorization.strip().split("\\s+", 2);
    if (scheme.length != 2 || !scheme[0].equalsIgnoreCase("Bearer")) {
      return false;
    }
    return MessageDigest.isEqual(sha256.get(), digest(scheme[1].strip()));
  }

  static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
