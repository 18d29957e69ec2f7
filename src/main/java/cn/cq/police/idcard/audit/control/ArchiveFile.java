package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit entries moved out of the live table, as a text file: a header line, one line per entry
 * (tab-separated fields, backslash escapes, {@code \N} for none) and, last, an {@code ARCHIVE}
 * anchor signing the last entry's link. Since every link covers the one before, that one signature
 * covers every entry of the file: the file cannot be changed, shortened or have entries removed
 * without the signing key.
 */
public final class ArchiveFile {

  static final String HEADER = "idcard-audit-archive v1";

  /** What a file held: its entries in sequence order and its signed trailer. */
  public record Contents(List<AuditEntry> entries, Anchor trailer) {}

  private ArchiveFile() {}

  public static List<String> lines(List<AuditEntry> entries, Anchor trailer) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (AuditEntry entry : entries) {
      lines.add(
          String.join(
              "\t",
              Long.toString(entry.getSequence()),
              entry.getOccurredAt().toString(),
              escape(entry.getActorUsername()),
              escape(entry.getActorRoles()),
              escape(entry.getStationCode()),
              escape(entry.getAction()),
              escape(entry.getSubjectType()),
              escape(entry.getSubjectId()),
              escape(entry.getBefore()),
              escape(entry.getAfter()),
              escape(entry.getClientAddress()),
              entry.getPreviousHash().strip(),
              entry.getEntryHash().strip()));
    }
    lines.add(trailer.line());
    return lines;
  }

  /**
   * Reads and checks a file: the trailer must be an {@code ARCHIVE} anchor that verifies with the
   * key and names the last entry's link. Whether the entries' own links hold is the walk's job.
   *
   * @throws IllegalArgumentException when the file is not a whole, signed archive
   */
  public static Contents read(Path file, PublicKey key) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit archive " + file, e);
    }
    if (lines.size() < 2 || !HEADER.equals(lines.get(0))) {
      throw new IllegalArgumentException(file + " is not an audit archive");
    }
    Anchor trailer = Anchor.parse(lines.get(lines.size() - 1));
    if (!"ARCHIVE".equals(trailer.kind()) || !trailer.verifies(key)) {
      throw new IllegalArgumentException(file + ": the archive's signature does not verify");
    }
    List<AuditEntry> entries = new ArrayList<>();
    for (String line : lines.subList(1, lines.size() - 1)) {
      entries.add(entry(line));
    }
    if (entries.isEmpty()
        || entries.get(entries.size() - 1).getSequence() != trailer.sequence()
        || !entries.get(entries.size() - 1).getEntryHash().equals(trailer.link())) {
      throw new IllegalArgumentException(file + ": the entries do not end where it was signed");
    }
    return new Contents(entries, trailer);
  }

  private static AuditEntry entry(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 13) {
      throw new IllegalArgumentException("An archived entry has 13 fields, not " + f.length);
    }
    return new AuditEntry(
        Long.parseLong(f[0]),
        LocalDateTime.parse(f[1]),
        new Actor(unescape(f[2]), unescape(f[3]), unescape(f[4])),
        new AuditEvent(
            unescape(f[5]), unescape(f[6]), unescape(f[7]), unescape(f[8]), unescape(f[9])),
        unescape(f[10]),
        f[11],
        f[12]);
  }

  static String escape(String value) {
    if (value == null) {
      return "\\N";
    }
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  static String unescape(String value) {
    if ("\\N".equals(value)) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
