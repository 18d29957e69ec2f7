package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.entity.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an entry's canonical form, in lower-case hex. */
public final class AuditHashes {

  private AuditHashes() {}

  public static String hashOf(String canonicalForm) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonicalForm.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJavaHasSha256) {
      throw new IllegalStateException(everyJavaHasSha256);
    }
  }

  public static boolean holds(AuditEntry entry) {
    return hashOf(entry.canonicalForm()).equals(entry.getEntryHash());
  }
}
