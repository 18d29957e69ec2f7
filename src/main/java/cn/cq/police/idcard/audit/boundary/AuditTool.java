package cn.cq.police.idcard.audit.boundary;

import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.control.ChainWalk;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Verifies the audit chain from the command line, straight against the database, with the server
 * running or not. Exit code 0: intact; 1: broken (the first broken entry is printed); 2: usage.
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
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!options.containsKey("url")) {
      System.err.println("usage: AuditTool --url JDBC_URL [--user U] [--password P]");
      System.exit(2);
    }
    String url = options.get("url");
    try (Connection db = DriverManager.getConnection(url, credentials(url, options))) {
      ChainVerdict verdict = verify(db);
      System.out.println(describe(verdict));
      System.exit(verdict.isIntact() ? 0 : 1);
    }
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
    return verdict.isIntact()
        ? "Audit chain intact: " + verdict.entriesChecked() + " entries verified."
        : "Audit chain BROKEN at entry "
            + verdict.firstBroken().getAsLong()
            + " ("
            + verdict.reason()
            + ") after checking "
            + verdict.entriesChecked()
            + " entries.";
  }

  static ChainVerdict verify(Connection db) throws SQLException {
    ChainWalk walk = new ChainWalk();
    try (PreparedStatement page =
        db.prepareStatement(
            "select sequence, occurred_at, actor_username, actor_roles, station_code, action,"
                + " subject_type, subject_id, before_state, after_state, client_address,"
                + " previous_hash, entry_hash from audit_entry where sequence >= ?"
                + " order by sequence")) {
      page.setMaxRows(PAGE);
      int read;
      do {
        read = 0;
        page.setLong(1, walk.nextSequence());
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
    try (ResultSet head =
        db.createStatement()
            .executeQuery("select last_sequence, last_hash from audit_chain_head where id = 1")) {
      head.next();
      return walk.finish(head.getLong(1), head.getString(2));
    }
  }

  private static AuditEntry entryOf(ResultSet row) throws SQLException {
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
