package cn.cq.police.idcard.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.FreshDatabase;
import cn.cq.police.idcard.audit.control.Anchor;
import cn.cq.police.idcard.audit.control.ChainLinks;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.security.control.CryptoSuite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retention and archive on a real (H2) schema, under both suites: entries older than the retention
 * go to a signed archive file and leave the table; archive and table then verify as one chain, the
 * table alone from the archived link on; a changed archive is caught; less than six months is
 * refused.
 */
class AuditArchiveTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
  static final String MAC_KEY =
      Base64.getEncoder()
          .encodeToString("archive test MAC key, 32 bytes..".getBytes(StandardCharsets.UTF_8));

  @TempDir Path folder;

  /** Appends an entry as AuditTrail would, at the given time. */
  static AuditEntry append(Connection db, ChainLinks links, LocalDateTime at, int n)
      throws SQLException {
    AuditTool.Head head = AuditTool.Head.of(db, false);
    AuditEvent event =
        AuditEvent.of("application.submitted", "application", n).withAfter("status=SUBMITTED");
    Actor actor = new Actor("yuzhong.clerk", "CLERK", "500103510001");
    AuditEntry unsigned =
        new AuditEntry(head.last() + 1, at, actor, event, "10.0.0.7", head.lastLink(), "");
    AuditEntry entry =
        new AuditEntry(
            head.last() + 1, at, actor, event, "10.0.0.7", head.lastLink(), links.linkOf(unsigned));
    AuditArchive.append(db, entry);
    return entry;
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void oldEntriesAreArchivedToASignedFileAndTheChainStillVerifies(CryptoSuite suite)
      throws Exception {
    KeyPair keys = suite.newSigningKeys();
    Map<String, String> values = settings(suite, keys);
    try (FreshDatabase database = FreshDatabase.migrated()) {
      archiveAndVerify(suite, keys, values, database.connection());
    }
  }

  /**
   * The same on PostgreSQL as the schema owner, where the archive lifts the append-only trigger:
   * run by hand against two empty databases, e.g. {@code
   * -Daudit.archive.pg-url=jdbc:postgresql://localhost:5432/idcard_archive_%s} (%s: the suite).
   */
  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  @EnabledIfSystemProperty(named = "audit.archive.pg-url", matches = ".+")
  void onPostgresqlTheOwnerArchivesPastTheTrigger(CryptoSuite suite) throws Exception {
    String url =
        System.getProperty("audit.archive.pg-url").formatted(suite.name().toLowerCase(Locale.ROOT));
    String user = System.getProperty("audit.archive.pg-user", "idcard");
    String password = System.getProperty("audit.archive.pg-password", "idcard");
    Flyway.configure()
        .dataSource(url, user, password)
        .locations(SchemaMigration.locations("PostgreSQL"))
        .load()
        .migrate();
    KeyPair keys = suite.newSigningKeys();
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(true);
      archiveAndVerify(suite, keys, settings(suite, keys), db);
    }
  }

  Map<String, String> settings(CryptoSuite suite, KeyPair keys) {
    Map<String, String> values = new HashMap<>();
    values.put("security.crypto-suite", suite.name());
    values.put("audit.mac-key", MAC_KEY);
    values.put(
        "audit.anchor.private-key",
        Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    values.put(
        "audit.anchor.public-key",
        Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    values.put("audit.anchor.file", folder.resolve("anchors.log").toString());
    values.put("audit.retention-months", "12");
    return values;
  }

  void archiveAndVerify(CryptoSuite suite, KeyPair keys, Map<String, String> values, Connection db)
      throws Exception {
    ToolSettings settings = new ToolSettings(values, Map.of());
    Path anchorFile = Path.of(values.get("audit.anchor.file"));
    ChainLinks links = new ChainLinks(suite, Base64.getDecoder().decode(MAC_KEY), 1);
    AuditEntry third = null;
    AuditEntry eighth = null;
    for (int n = 1; n <= 10; n++) {
      AuditEntry entry =
          append(db, links, n <= 6 ? NOW.minusMonths(24).plusDays(n) : NOW.minusDays(11 - n), n);
      third = n == 3 ? entry : third;
      eighth = n == 8 ? entry : eighth;
    }
    for (AuditEntry anchored : List.of(third, eighth)) {
      Files.writeString(
          anchorFile,
          Anchor.sign(
                      suite,
                      keys.getPrivate(),
                      NOW,
                      "DAILY",
                      "d" + anchored.getSequence(),
                      anchored.getSequence(),
                      anchored.getEntryHash(),
                      1)
                  .line()
              + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
    assertTrue(AuditTool.verify(db, settings, List.of()).isIntact());

    Map<String, String> tooShort = new HashMap<>(values);
    tooShort.put("audit.retention-months", "5");
    assertThrows(
        IllegalStateException.class,
        () -> AuditArchive.archive(db, new ToolSettings(tooShort, Map.of()), NOW, folder));

    AuditArchive.Result result =
        AuditArchive.archive(db, settings, NOW, folder.resolve("archive-" + suite));
    assertEquals(6, result.archived());
    assertEquals(
        5, count(db, "select count(*) from audit_entry"), "4 recent + the archive run's entry");
    assertEquals(1, count(db, "select count(*) from audit_entry where action = 'audit.archived'"));
    assertTrue(Files.readString(anchorFile).contains(result.anchor().line()));

    ChainVerdict whole = AuditTool.verify(db, settings, List.of(result.file()));
    assertTrue(whole.isIntact(), whole.toString());
    assertEquals(11, whole.entriesChecked());
    assertEquals(3, whole.anchorsChecked(), "entry 3 (archived), 6 (the archive's), 8 (live)");

    ChainVerdict live = AuditTool.verify(db, settings, List.of());
    assertTrue(live.isIntact(), live.toString());
    assertEquals(5, live.entriesChecked());
    assertTrue(live.detail().contains("archived"), live.detail());

    assertNull(
        AuditArchive.archive(db, settings, NOW, folder.resolve("archive-" + suite)).file(),
        "nothing left to archive");

    List<String> lines = Files.readAllLines(result.file(), StandardCharsets.UTF_8);
    lines.set(4, lines.get(4).replace("status=SUBMITTED", "status=REJECTED"));
    Files.write(result.file(), lines, StandardCharsets.UTF_8);
    ChainVerdict changed = AuditTool.verify(db, settings, List.of(result.file()));
    assertFalse(changed.isIntact());
    assertEquals(4, changed.firstBroken().getAsLong());
    assertEquals(Break.ENTRY_CHANGED, changed.reason());
  }

  static long count(Connection db, String sql) throws SQLException {
    try (ResultSet result = db.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
