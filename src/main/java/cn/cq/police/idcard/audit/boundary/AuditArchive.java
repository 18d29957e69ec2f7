package cn.cq.police.idcard.audit.boundary;

import cn.cq.police.idcard.audit.control.Anchor;
import cn.cq.police.idcard.audit.control.AnchorFile;
import cn.cq.police.idcard.audit.control.AnchorOutlets;
import cn.cq.police.idcard.audit.control.ArchiveFile;
import cn.cq.police.idcard.audit.control.AuditKeys;
import cn.cq.police.idcard.audit.control.AuditRetention;
import cn.cq.police.idcard.audit.control.AuditVerifier;
import cn.cq.police.idcard.audit.control.ChainLinks;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.control.ChainWalk;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.control.CryptoSuite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves audit entries older than the retention ({@code audit.retention-months}, at least six
 * months) out of the live table into a signed archive file, without breaking the chain: the file
 * ends with an {@code ARCHIVE} anchor over the last archived entry, the head row remembers that
 * entry's link (the first live entry chains to it), and an {@code audit.archived} entry records the
 * run. The verifier, given the archive files, checks archive and table as one chain.
 *
 * <pre>
 * java -cp "target/classes:target/idcard-counter/WEB-INF/lib/*" \
 *   cn.cq.police.idcard.audit.boundary.AuditArchive --url JDBC_URL --user OWNER --out DIR
 * </pre>
 *
 * Runs as the schema owner (the application's role may not delete, and on PostgreSQL the owner
 * lifts the append-only trigger for the delete, in the same transaction). Keys as for {@link
 * AuditTool}: {@code AUDIT_MAC_KEY}, {@code AUDIT_ANCHOR_PRIVATE_KEY}, {@code
 * AUDIT_ANCHOR_PUBLIC_KEY}, {@code SECURITY_CRYPTO_SUITE}; the archive's anchor is appended to
 * {@code AUDIT_ANCHOR_FILE} (or {@code --anchors}) too. Exit code 0: archived or nothing to do; 1:
 * refused (the chain does not verify); 2: usage.
 */
public final class AuditArchive {

  /** What a run did. */
  record Result(int archived, Path file, Anchor anchor) {}

  private AuditArchive() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!options.containsKey("url") || !options.containsKey("out")) {
      System.err.println(
          "usage: AuditArchive --url JDBC_URL [--user OWNER] [--password P] --out DIR"
              + " [--anchors FILE]");
      System.exit(2);
    }
    Map<String, String> overrides = new HashMap<>();
    if (options.containsKey("anchors")) {
      overrides.put("audit.anchor.file", options.get("anchors"));
    }
    ToolSettings settings = new ToolSettings(overrides, System.getenv());
    String url = options.get("url");
    try (Connection db = DriverManager.getConnection(url, AuditTool.credentials(url, options))) {
      ZoneId zone = ZoneId.of(settings.get("app.time-zone").orElse("Asia/Shanghai"));
      Result result = archive(db, settings, LocalDateTime.now(zone), Path.of(options.get("out")));
      System.out.println(
          result.archived() == 0
              ? "Nothing to archive: no entry is older than the retention."
              : "Archived "
                  + result.archived()
                  + " audit entries to "
                  + result.file()
                  + " (anchor fingerprint "
                  + result.anchor().fingerprint()
                  + ").");
    } catch (IllegalStateException refused) {
      System.err.println("AuditArchive: " + refused.getMessage());
      System.exit(1);
    }
  }

  /**
   * Archives, in one transaction on the owner's connection, every entry older than the retention
   * that is still in the table, after verifying them.
   *
   * @throws IllegalStateException when the retention is below six months or the entries to archive
   *     do not verify (nothing is changed then)
   */
  static Result archive(Connection db, ToolSettings settings, LocalDateTime now, Path outDir)
      throws SQLException, IOException {
    LocalDateTime cutoff =
        AuditRetention.cutoff(
            now, Integer.parseInt(settings.get("audit.retention-months").orElse("36")));
    CryptoSuite suite =
        CryptoSuite.named(settings.get("security.crypto-suite").orElse("international"));
    PrivateKey signingKey = suite.privateKey(settings.require("audit.anchor.private-key"));
    byte[] macKey = AuditKeys.macKey(settings.require("audit.mac-key"));
    boolean autoCommit = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      AuditTool.Head head = AuditTool.Head.of(db, true);
      ChainLinks links = new ChainLinks(suite, macKey, head.keyedFrom());
      List<AuditEntry> entries = olderThan(db, head.archivedThrough(), cutoff);
      if (entries.isEmpty()) {
        db.rollback();
        return new Result(0, null, null);
      }
      ChainVerdict verdict = verified(links, head, entries, settings, suite);
      if (!verdict.isIntact()) {
        db.rollback();
        throw new IllegalStateException(
            "not archived, the entries do not verify: " + AuditTool.describe(verdict));
      }
      AuditEntry last = entries.get(entries.size() - 1);
      long from = entries.get(0).getSequence();
      Anchor anchor =
          Anchor.sign(
              suite,
              signingKey,
              now.truncatedTo(ChronoUnit.MILLIS),
              "ARCHIVE",
              from + "-" + last.getSequence(),
              last.getSequence(),
              last.getEntryHash(),
              head.keyedFrom());
      Path file =
          write(
              outDir,
              "audit-archive-" + from + "-" + last.getSequence() + ".txt",
              ArchiveFile.lines(entries, anchor));
      remove(db, last.getSequence(), last.getEntryHash());
      recordRun(db, links, head, now, file, entries.size(), cutoff);
      insertAnchorRow(db, anchor);
      db.commit();
      settings
          .get("audit.anchor.file")
          .ifPresent(anchors -> AnchorOutlets.append(Path.of(anchors), anchor));
      return new Result(entries.size(), file, anchor);
    } catch (SQLException | IOException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }

  private static List<AuditEntry> olderThan(Connection db, long after, LocalDateTime cutoff)
      throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    // The oldest entries, in sequence order, up to the last one older than the cutoff: a prefix of
    // the live chain, so what stays is still one chain.
    try (PreparedStatement select =
        db.prepareStatement(
            "select "
                + AuditTool.ENTRY_COLUMNS
                + " from audit_entry where sequence > ? and sequence <= (select max(sequence)"
                + " from audit_entry where occurred_at < ?) order by sequence")) {
      select.setLong(1, after);
      select.setTimestamp(2, Timestamp.valueOf(cutoff));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(AuditTool.entryOf(rows));
        }
      }
    }
    return entries;
  }

  private static ChainVerdict verified(
      ChainLinks links,
      AuditTool.Head head,
      List<AuditEntry> entries,
      ToolSettings settings,
      CryptoSuite suite) {
    AnchorFile.Reading anchors =
        AuditVerifier.anchors(
            settings.get("audit.anchor.file").map(Path::of),
            suite,
            settings.get("audit.anchor.public-key").map(suite::publicKey));
    if (!anchors.allVerified()) {
      return AuditVerifier.refused(anchors, settings.get("audit.anchor.file").orElse(""));
    }
    // Only the anchors of the entries archived now: the later ones are the live walk's.
    AuditEntry last = entries.get(entries.size() - 1);
    ChainWalk walk =
        new ChainWalk(
            links,
            head.archivedThrough(),
            head.archivedLink(),
            anchors.anchors().stream().filter(a -> a.sequence() <= last.getSequence()).toList());
    for (AuditEntry entry : entries) {
      if (!walk.accept(entry)) {
        break;
      }
    }
    return walk.finish(last.getSequence(), last.getEntryHash());
  }

  /** Written under a temporary name, forced to disk and renamed: a file there is a whole one. */
  private static Path write(Path dir, String name, List<String> lines) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    if (Files.exists(file)) {
      throw new IllegalStateException(file + " exists already");
    }
    Path partial = dir.resolve(name + ".partial");
    try (FileChannel channel =
        FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      channel.write(
          ByteBuffer.wrap((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    }
    return Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes the archived entries; on PostgreSQL the owner lifts the trigger for this only. */
  private static void remove(Connection db, long through, String throughLink) throws SQLException {
    boolean postgres = db.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    try (Statement statement = db.createStatement();
        PreparedStatement delete =
            db.prepareStatement("delete from audit_entry where sequence <= ?");
        PreparedStatement head =
            db.prepareStatement(
                "update audit_chain_head set archived_through = ?, archived_link = ?"
                    + " where id = 1")) {
      if (postgres) {
        statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
      }
      delete.setLong(1, through);
      delete.executeUpdate();
      if (postgres) {
        statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
      }
      head.setLong(1, through);
      head.setString(2, throughLink);
      head.executeUpdate();
    }
  }

  /** An {@code audit.archived} entry at the head, linked with the MAC key as the trail links. */
  private static void recordRun(
      Connection db,
      ChainLinks links,
      AuditTool.Head head,
      LocalDateTime now,
      Path file,
      int count,
      LocalDateTime cutoff)
      throws SQLException {
    long sequence = head.last() + 1;
    LocalDateTime at = now.truncatedTo(ChronoUnit.MILLIS);
    Actor actor = new Actor(System.getProperty("user.name", "operator"), "", "");
    AuditEvent event =
        AuditEvent.of("audit.archived", "audit_entry", "to " + (sequence - 1))
            .withAfter("file=" + file.getFileName() + "; entries=" + count + "; before=" + cutoff);
    AuditEntry unsigned = new AuditEntry(sequence, at, actor, event, "-", head.lastLink(), "");
    append(
        db,
        new AuditEntry(sequence, at, actor, event, "-", head.lastLink(), links.linkOf(unsigned)));
  }

  /** Inserts a linked entry at the head and advances the head row to it. */
  static void append(Connection db, AuditEntry entry) throws SQLException {
    try (PreparedStatement insert =
            db.prepareStatement(
                "insert into audit_entry ("
                    + AuditTool.ENTRY_COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement advance =
            db.prepareStatement(
                "update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1")) {
      Object[] values = {
        entry.getSequence(),
        Timestamp.valueOf(entry.getOccurredAt()),
        entry.getActorUsername(),
        entry.getActorRoles(),
        entry.getStationCode(),
        entry.getAction(),
        entry.getSubjectType(),
        entry.getSubjectId(),
        entry.getBefore(),
        entry.getAfter(),
        entry.getClientAddress(),
        entry.getPreviousHash(),
        entry.getEntryHash()
      };
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.executeUpdate();
      advance.setLong(1, entry.getSequence());
      advance.setString(2, entry.getEntryHash());
      advance.executeUpdate();
    }
  }

  private static void insertAnchorRow(Connection db, Anchor anchor) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into audit_anchor (kind, scope, sequence, link, anchored_at, line)"
                + " values (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, anchor.kind());
      insert.setString(2, anchor.scope());
      insert.setLong(3, anchor.sequence());
      insert.setString(4, anchor.link());
      insert.setTimestamp(5, Timestamp.valueOf(anchor.anchoredAt()));
      insert.setString(6, anchor.line());
      insert.executeUpdate();
    }
  }
}
