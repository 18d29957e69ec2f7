package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.security.control.CryptoSuite;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A signed digest of the chain's head, written outside the database (anchor file, syslog) and
 * printed on the 日结单. One line of text:
 *
 * <pre>
 * idcard-audit-anchor v1 ANCHORED_AT KIND SCOPE SEQUENCE LINK KEYED_FROM SUITE SIGNATURE
 * </pre>
 *
 * The signature (Ed25519, or SM2 with SM3, Base64) covers everything before it. Whoever has the
 * database and even the MAC key, but not the signing key, cannot make the chain agree with an
 * anchor again after rewriting an entry at or before the anchored one.
 *
 * @param anchoredAt when, station time, milliseconds
 * @param kind {@code DAILY}, {@code DAY_CLOSE} or {@code ARCHIVE}
 * @param scope what it was made for: the day, or station code and day, or the archive's range
 * @param sequence the anchored (head) entry
 * @param link that entry's link
 * @param keyedFrom the first keyed entry, so moving the switch-over in the database shows
 */
public record Anchor(
    LocalDateTime anchoredAt,
    String kind,
    String scope,
    long sequence,
    String link,
    long keyedFrom,
    CryptoSuite suite,
    String signature) {

  static final String MAGIC = "idcard-audit-anchor";
  static final String VERSION = "v1";

  /** Signs the head's digest. */
  public static Anchor sign(
      CryptoSuite suite,
      PrivateKey key,
      LocalDateTime anchoredAt,
      String kind,
      String scope,
      long sequence,
      String link,
      long keyedFrom) {
    if (scope.isBlank() || scope.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("An anchor's scope is one word: " + scope);
    }
    Anchor unsigned =
        new Anchor(anchoredAt, kind, scope, sequence, link.strip(), keyedFrom, suite, "");
    String signature =
        Base64.getEncoder()
            .encodeToString(suite.sign(key, unsigned.payload().getBytes(StandardCharsets.UTF_8)));
    return new Anchor(anchoredAt, kind, scope, sequence, link.strip(), keyedFrom, suite, signature);
  }

  /** The signed part of the line. */
  public String payload() {
    return String.join(
        " ",
        MAGIC,
        VERSION,
        anchoredAt.toString(),
        kind,
        scope,
        Long.toString(sequence),
        link,
        Long.toString(keyedFrom),
        suite.name().toLowerCase(Locale.ROOT));
  }

  public String line() {
    return payload() + " " + signature;
  }

  /**
   * The line's anchor, whose signature is not yet checked.
   *
   * @throws IllegalArgumentException when the line is not an anchor line
   */
  public static Anchor parse(String line) {
    List<String> words = List.of(line.strip().split(" "));
    if (words.size() != 10 || !MAGIC.equals(words.get(0)) || !VERSION.equals(words.get(1))) {
      throw new IllegalArgumentException("Not an audit anchor line");
    }
    try {
      String link = words.get(6);
      HexFormat.of().parseHex(link);
      if (link.length() != 64) {
        throw new IllegalArgumentException("link of " + link.length() + " digits");
      }
      return new Anchor(
          LocalDateTime.parse(words.get(2)),
          words.get(3),
          words.get(4),
          Long.parseLong(words.get(5)),
          link,
          Long.parseLong(words.get(7)),
          CryptoSuite.named(words.get(8)),
          words.get(9));
    } catch (RuntimeException malformed) {
      throw new IllegalArgumentException("Malformed audit anchor line: " + malformed.getMessage());
    }
  }

  /** Whether the signature is the holder of this public key's, under this anchor's suite. */
  public boolean verifies(PublicKey key) {
    try {
      return suite.verifies(
          key, payload().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature));
    } catch (IllegalArgumentException wrongKeyOrNotBase64) {
      return false;
    }
  }

  /** The suite's digest of the whole signed line, hex: what the 日结单 prints. */
  public String digest() {
    return HexFormat.of().formatHex(suite.digest(line().getBytes(StandardCharsets.UTF_8)));
  }

  /** The digest's first 64 bits in four groups, easy to read out and compare by phone. */
  public String fingerprint() {
    String digest = digest().toUpperCase(Locale.ROOT);
    return String.join(
        "-",
        digest.substring(0, 4),
        digest.substring(4, 8),
        digest.substring(8, 12),
        digest.substring(12, 16));
  }
}
