package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.security.control.CryptoSuite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The anchors of an append-only file (or a syslog export: anything before the marker on a line is
 * ignored), each checked against the configured public key and suite. A line that does not verify
 * is refused and reported by its line number: anchors are trusted only because they are signed.
 */
public final class AnchorFile {

  /**
   * What a file held.
   *
   * @param anchors the lines that verified, in file order
   * @param refusedLine the first line (1-based) that looked like an anchor but did not verify, or 0
   * @param problem why it was refused
   */
  public record Reading(List<Anchor> anchors, int refusedLine, String problem) {
    public boolean allVerified() {
      return refusedLine == 0;
    }
  }

  private AnchorFile() {}

  public static Reading read(Path file, CryptoSuite suite, PublicKey key) {
    try {
      return read(Files.readAllLines(file, StandardCharsets.UTF_8), suite, key);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit anchor file " + file, e);
    }
  }

  public static Reading read(List<String> lines, CryptoSuite suite, PublicKey key) {
    List<Anchor> anchors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf(Anchor.MAGIC);
      if (at < 0) {
        continue;
      }
      Anchor anchor;
      try {
        anchor = Anchor.parse(lines.get(i).substring(at));
      } catch (IllegalArgumentException malformed) {
        return new Reading(anchors, i + 1, malformed.getMessage());
      }
      if (anchor.suite() != suite) {
        return new Reading(anchors, i + 1, "anchor made under another suite: " + anchor.suite());
      }
      if (!anchor.verifies(key)) {
        return new Reading(anchors, i + 1, "signature does not verify");
      }
      anchors.add(anchor);
    }
    return new Reading(anchors, 0, "");
  }
}
