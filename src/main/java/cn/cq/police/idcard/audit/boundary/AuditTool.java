package cn.cq.police.idcard.audit.boundary;

import cn.cq.police.idcard.audit.control.AnchorFile;
import cn.cq.police.idcard.audit.control.ArchiveFile;
import cn.cq.police.idcard.audit.control.AuditKeys;
import cn.cq.police.idcard.audit.control.AuditVerifier;
import cn.cq.police.idcard.audit.control.ChainLinks;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.control.ChainWalk;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.control.CryptoSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Verifies the audit chain from the command line, straight against the database, with the server
 * running or not: every entry's keyed link, the anchors of the anchor file ({@code --anchors} or
 * the setting {@code audit.anchor.file}) and, given archive files ({@code --archive}, repeated),
 * archive and table as one chain. Exit code 0: intact; 1: broken (the first entry that disagrees is
 * printed); 2: usage. The keys come as the application's do (environment {@code AUDIT_MAC_KEY},
 * {@code AUDIT_ANCHOR_PUBLIC_KEY}, {@code SECURITY_CRYPTO_SUITE}, or the war's defaults), never
 * from the command line.
 *
 * <pre>
 * java -cp "target/classes:target/idcard-counter/WEB-INF/lib/*" \
 *   cn.cq.police.idcard.audit.boundary.AuditTool --url JDBC_URL [--user U] [--password P]
 * </pre>
 *
 * <p>Without {@code --password} the password comes, as for PostgreSQL's own programs, from the
 * environment variable {@code PGPASSWORD} or else a pgpass file ({@code PGPASSFILE}, {@code
 * ~/.pgpass}; read by the PostgreSQL driver), so that scripts such as {@code bin/restore} need not
 * put it on a command line, where {@code ps} shows it. Without any of these: {@code idcard}.
 */
public final class AuditTool {

  static final int PAGE = 5000;

  private AuditTool() {}

  public static void main(String[] args) throws SQLException {
    Map<String, String> options = new HashMap<>();
    List<Path> archives = new ArrayList<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String name = args[i].replaceFirst("^--", "");
      if (name.equals("archive")) {
        archives.add(Path.of(args[i + 1]));
      } else {
        options.put(name, args[i + 1]);
      }
    }
    if (options.containsKey("new-anchor-keys")) {
      printNewKeys(CryptoSuite.named(options.get("new-anchor-keys")));
      return;
    }
    if (!options.containsKey("url")) {
      System.err.println(
          "usage: AuditTool --url JDBC_URL [--user U] [--password P] [--anchors FILE]"
              + " [--archive FILE]...\n"
              + "       AuditTool --new-anchor-keys international|national");
      System.exit(2);
    }
    Map<String, String> overrides = new HashMap<>();
    if (options.containsKey("anchors")) {
      overrides.put("audit.anchor.file", options.get("anchors"));
    }
    String url = options.get("url");
    try (Connection db = DriverManager.getConnection(url, credentials(url, options))) {
      ChainVerdict verdict = verify(db, new ToolSettings(overrides, System.getenv()), archives);
      System.out.println(describe(verdict));
      System.exit(verdict.isIntact() ? 0 : 1);
    }
  }

  /** A new anchor signing key pair of the suite, for audit.anchor.private-key and public-key. */
  static void printNewKeys(CryptoSuite suite) {
    KeyPair keys = suite.newSigningKeys();
    System.out.println(
        "audit.anchor.private-key="
            + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    System.out.println(
        "audit.anchor.public-key="
            + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
  }

  /**
   * The user and password to connect with; no password when the PostgreSQL driver is to take it
   * from a pgpass file (H2 knows no such file).
   */
  public static Properties credentials(String url, Map<String, String> options) {
    Properties credentials = new Properties();
    credentials.setProperty("user", options.getOrDefault("user", "idcard"));
    String password = options.getOrDefault("password", System.getenv("PGPASSWORD"));
    String pgpass = System.getenv("PGPASSFILE");
    Path pgpassFile =
        pgpass != null ? Path.of(pgpass) : Path.of(System.getProperty("user.home"), ".pgpass");
    if (password != null || !url.startsWith("jdbc:postgresql:") || !Files.isReadable(pgpassFile)) {
      credentials.setProperty("password", password != null ? password : "idcard");
    }
    return credentials;
  }

  public static String describe(ChainVerdict verdict) {
    String detail =
        verdict.detail() == null || verdict.detail().isEmpty() ? "" : " " + verdict.detail();
    return verdict.isIntact()
        ? "Audit chain intact: "
            + verdict.entriesChecked()
            + " entries verified, "
            + verdict.anchorsChecked()
            + " anchors agree."
            + detail
        : "Audit chain BROKEN at entry "
            + verdict.firstBroken().getAsLong()
            + " ("
            + verdict.reason()
            + ") after checking "
            + verdict.entriesChecked()
            + " entries."
            + detail;
  }

  /** Verifies with the settings of this process (system properties, environment, defaults). */
  static ChainVerdict verify(Connection db) throws SQLException {
    return verify(db, ToolSettings.ofThisProcess(), List.of());
  }

  /**
   * Verifies the archive files (in order of their entries) and the live table as one chain, and the
   * chain against every anchor of the anchor file.
   */
  static ChainVerdict verify(Connection db, ToolSettings settings, List<Path> archives)
      throws SQLException {
    CryptoSuite suite =
        CryptoSuite.named(settings.get("security.crypto-suite").orElse("international"));
    Optional<String> anchorFile = settings.get("audit.anchor.file");
    // The public key only when there is something to check with it: a restored database is
    // verified without anchors, whatever key the war's defaults hold for the other suite.
    boolean signed =
        !archives.isEmpty() || anchorFile.filter(file -> Files.exists(Path.of(file))).isPresent();
    Optional<PublicKey> publicKey =
        signed ? settings.get("audit.anchor.public-key").map(suite::publicKey) : Optional.empty();
    AnchorFile.Reading anchors = AuditVerifier.anchors(anchorFile.map(Path::of), suite, publicKey);
    if (!anchors.allVerified()) {
      return AuditVerifier.refused(anchors, anchorFile.orElse(""));
    }
    Head head = Head.of(db, false);
    long last = head.last();
    String lastLink = head.lastLink();
    long keyedFrom = head.keyedFrom();
    long archivedThrough = head.archivedThrough();
    String archivedLink = head.archivedLink();
    ChainLinks links =
        new ChainLinks(suite, AuditKeys.macKey(settings.require("audit.mac-key")), keyedFrom);
    ChainWalk walk;
    if (archives.isEmpty()) {
      walk = new ChainWalk(links, archivedThrough, archivedLink, anchors.anchors());
    } else {
      if (publicKey.isEmpty()) {
        throw new IllegalArgumentException("Archives need audit.anchor.public-key to be checked");
      }
      List<ArchiveFile.Contents> read = new ArrayList<>();
      for (Path archive : archives) {
        try {
          read.add(ArchiveFile.read(archive, publicKey.get()));
        } catch (IllegalArgumentException invalid) {
          return ChainVerdict.broken(0, 0, Break.ARCHIVE_INVALID, 0, invalid.getMessage());
        }
      }
      read.sort(Comparator.comparingLong(contents -> contents.entries().get(0).getSequence()));
      AuditEntry first = read.get(0).entries().get(0);
      walk =
          new ChainWalk(links, first.getSequence() - 1, first.getPreviousHash(), anchors.anchors());
      for (ArchiveFile.Contents contents : read) {
        for (AuditEntry entry : contents.entries()) {
          if (!walk.accept(entry)) {
            return walk.finish(-1, "");
          }
        }
      }
      if (walk.nextSequence() != archivedThrough + 1) {
        return ChainVerdict.broken(
            0,
            walk.nextSequence(),
            Break.ARCHIVE_INVALID,
            0,
            "the archives end at entry "
                + (walk.nextSequence() - 1)
                + ", the table was archived up to entry "
                + archivedThrough);
      }
    }
    try (PreparedStatement page =
        db.prepareStatement(
            "select "
                + ENTRY_COLUMNS
                + " from audit_entry where sequence >= ? and sequence <= ? order by sequence")) {
      page.setMaxRows(PAGE);
      int read;
      do {
        read = 0;
        page.setLong(1, walk.nextSequence());
        page.setLong(2, last);
        try (ResultSet rows = page.executeQuery()) {
          while (rows.next()) {
            read++;
            if (!walk.accept(entryOf(rows))) {
              return walk.finish(-1, "");
            }
          }
        }
      } while (read == PAGE);
    }
    return walk.finish(last, lastLink).noting(anchors.problem());
  }

  /** The chain's head row, read straight from the database. */
  record Head(
      long last, String lastLink, long keyedFrom, long archivedThrough, String archivedLink) {

    /** The row, locked against appends and other archive runs when {@code forUpdate}. */
    static Head of(Connection db, boolean forUpdate) throws SQLException {
      try (Statement statement = db.createStatement();
          ResultSet head =
              statement.executeQuery(
                  "select last_sequence, last_hash, keyed_from, archived_through, archived_link"
                      + " from audit_chain_head where id = 1"
                      + (forUpdate ? " for update" : ""))) {
        head.next();
        return new Head(
            head.getLong(1),
            head.getString(2).strip(),
            head.getLong(3),
            head.getLong(4),
            head.getString(5).strip());
      }
    }
  }

  /** The columns {@link #entryOf} reads, in its order. */
  static final String ENTRY_COLUMNS =
      "sequence, occurred_at, actor_username, actor_roles, station_code, action, subject_type,"
          + " subject_id, before_state, after_state, client_address, previous_hash, entry_hash";

  static AuditEntry entryOf(ResultSet row) throws SQLException {
    return new AuditEntry(
        row.getLong(1),
        row.getTimestamp(2).toLocalDateTime(),
        new Actor(row.getString(3), row.getString(4), row.getString(5)),
        new AuditEvent(
            row.getString(6),
            row.getString(7),
            row.getString(8),
            row.getString(9),
            row.getString(10)),
        row.getString(11),
        row.getString(12),
        row.getString(13));
  }
}
