package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.security.control.CryptoSuite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * How an entry's link is computed: a keyed MAC of the suite (HMAC-SHA256 or HMAC-SM3, both 32
 * bytes, 64 hex digits as the column holds) over the entry's canonical form, which contains the
 * previous link. Entries before {@code keyedFrom} were written before keys existed and keep their
 * plain SHA-256 links ({@link AuditHashes}): whoever can write the table could recompute those,
 * which is why every anchor signs {@code keyedFrom} too.
 *
 * @param suite the installation's algorithms
 * @param macKey the key from configuration ({@code audit.mac-key}), never stored in the database
 * @param keyedFrom the first entry with a keyed link
 */
public record ChainLinks(CryptoSuite suite, byte[] macKey, long keyedFrom) {

  /** At least 128 bits: a shorter key would make the MAC the weakest part. */
  public static final int MIN_KEY_BYTES = 16;

  public ChainLinks {
    if (macKey == null || macKey.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "audit.mac-key must be at least " + MIN_KEY_BYTES + " bytes (Base64)");
    }
  }

  /** The link an entry must carry, computed from its fields (its own link is not among them). */
  public String linkOf(AuditEntry entry) {
    String canonical = entry.canonicalForm();
    return entry.getSequence() < keyedFrom
        ? AuditHashes.hashOf(canonical)
        : HexFormat.of().formatHex(suite.mac(macKey, canonical.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether the entry's stored link is the one its fields give; compared in constant time. */
  public boolean holds(AuditEntry entry) {
    return MessageDigest.isEqual(
        linkOf(entry).getBytes(StandardCharsets.US_ASCII),
        entry.getEntryHash().strip().getBytes(StandardCharsets.US_ASCII));
  }
}
