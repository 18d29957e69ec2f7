package cn.cq.police.idcard.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.audit.control.Anchor;
import cn.cq.police.idcard.audit.control.Anchors;
import cn.cq.police.idcard.audit.control.AuditKeys;
import cn.cq.police.idcard.audit.control.AuditVerifier;
import cn.cq.police.idcard.audit.control.ChainLinks;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.forms.control.OfficialForm;
import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.review.control.DayCloseAgreementIT;
import cn.cq.police.idcard.review.control.ReviewFixture;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anchors on a real database, under the suite the run is configured with (H2: international,
 * PostgreSQL: national): written to the anchor file after commit, checked by the verifier; a chain
 * rewritten with the MAC key disagrees with its anchor; a forged anchor line is refused; the day
 * close makes the anchor the 日结单 prints.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class AuditAnchorIT {

  static final Actor CLERK = new Actor("anchor.it", "CLERK", "500103510001");

  @Inject AuditRecorder recorder;

  @Inject AuditVerifier verifier;

  @Inject AuditKeys keys;

  @Inject ReviewFixture fixture;

  @Inject AuditAnchoring anchoring;

  @Inject Clock clock;

  @Inject DayCloseAgreementIT.Printer printer;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  static Path anchorFile() {
    return Path.of(ConfigProvider.getConfig().getValue("audit.anchor.file", String.class));
  }

  List<AuditEntry> record(int count) {
    List<AuditEntry> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      written.add(
          recorder.record(
              CLERK,
              AuditEvent.of("application.submitted", "application", 7000 + i)
                  .withAfter("status=SUBMITTED")));
    }
    return written;
  }

  @Test
  void anAnchorIsWrittenToTheFileAndTheVerifierChecksIt() throws Exception {
    List<AuditEntry> written = record(3);
    Anchor anchor = recorder.anchor("TEST", "written");
    assertTrue(anchor.sequence() >= written.get(2).getSequence());
    assertEquals(keys.suite(), anchor.suite());
    List<String> lines = Files.readAllLines(anchorFile(), StandardCharsets.UTF_8);
    assertTrue(lines.contains(anchor.line()), "the line is in " + anchorFile());
    ChainVerdict verdict = verifier.verify();
    assertTrue(verdict.isIntact(), verdict.toString());
    assertTrue(verdict.anchorsChecked() >= 1, verdict.toString());
  }

  /**
   * The attacker has the database (with the owner's power to lift the trigger) and the MAC key, but
   * not the anchor signing key: the rewritten chain verifies link by link, and disagrees with the
   * anchor.
   */
  @Test
  void aChainRewrittenWithTheMacKeyDisagreesWithItsAnchor() throws Exception {
    List<AuditEntry> written = record(4);
    Anchor anchor = recorder.anchor("TEST", "rewrite");
    List<AuditEntry> originals;
    try (Connection db = ownerConnection()) {
      originals = entriesFrom(db, written.get(1).getSequence());
      boolean postgres = db.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
      if (postgres) {
        AuditChainIT.guard(db, false);
      }
      try {
        ChainLinks links = keys.links(keyedFrom(db));
        String previous = originals.get(0).getPreviousHash();
        for (int i = 0; i < originals.size(); i++) {
          AuditEntry e = originals.get(i);
          String after = i == 0 ? "status=REJECTED" : e.getAfter();
          AuditEntry unsigned = copy(e, after, previous, "");
          String link = links.linkOf(unsigned);
          write(db, e.getSequence(), after, previous, link);
          previous = link;
        }
        setHeadLink(db, previous);
        ChainVerdict verdict = verifier.verify();
        assertFalse(verdict.isIntact());
        assertEquals(Break.ANCHOR_MISMATCH, verdict.reason(), verdict.toString());
        assertEquals(anchor.sequence(), verdict.firstBroken().getAsLong());
        ChainVerdict fromCommandLine = AuditTool.verify(db);
        assertEquals(verdict.firstBroken(), fromCommandLine.firstBroken());
        assertEquals(Break.ANCHOR_MISMATCH, fromCommandLine.reason());
      } finally {
        for (AuditEntry e : originals) {
          write(db, e.getSequence(), e.getAfter(), e.getPreviousHash(), e.getEntryHash());
        }
        setHeadLink(db, originals.get(originals.size() - 1).getEntryHash());
        if (postgres) {
          AuditChainIT.guard(db, true);
        }
      }
    }
    assertTrue(verifier.verify().isIntact());
  }

  /** Every member's timer tries; the day's unique row lets one anchor through, written once. */
  @Test
  void theDailyAnchorIsMadeOncePerDayHoweverManyMembersTry() throws Exception {
    LocalDate today = LocalDate.now(clock);
    anchoring.daily();
    anchoring.daily();
    assertThrows(RuntimeException.class, () -> recorder.anchorDaily(today));
    long daily =
        Files.readAllLines(anchorFile(), StandardCharsets.UTF_8).stream()
            .map(Anchor::parse)
            .filter(a -> a.kind().equals(Anchors.DAILY) && a.scope().equals(today.toString()))
            .count();
    assertEquals(1, daily);
  }

  @Test
  void aForgedAnchorLineIsRefused() throws Exception {
    record(1);
    Anchor genuine = recorder.anchor("TEST", "forged");
    Anchor forged =
        Anchor.sign(
            keys.suite(),
            keys.suite().newSigningKeys().getPrivate(),
            genuine.anchoredAt(),
            genuine.kind(),
            genuine.scope(),
            genuine.sequence(),
            genuine.link(),
            genuine.keyedFrom());
    Path copy = Files.createTempFile("anchors", ".log");
    try (Connection db = dataSource.getConnection()) {
      Files.write(copy, List.of(genuine.line(), forged.line()), StandardCharsets.UTF_8);
      ChainVerdict verdict =
          AuditTool.verify(
              db,
              new ToolSettings(Map.of("audit.anchor.file", copy.toString()), System.getenv()),
              List.of());
      assertEquals(Break.ANCHOR_FORGED, verdict.reason(), verdict.toString());
      assertTrue(verdict.detail().startsWith("line 2 of"), verdict.detail());
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  @Test
  void closingTheDayAnchorsTheChainAndTheDailyClosePrintsIt() throws Exception {
    LocalDate day = LocalDate.of(2026, 2, 9);
    String supervisor = "qijiang.supervisor";
    String before = printer.text(OfficialForm.DAILY_CLOSE, supervisor, day).replaceAll("\\s+", "");
    assertTrue(before.contains("本日尚未日结"), before);
    fixture.close(supervisor, day, Set.of());
    String code =
        (String)
            fixture.single(
                "select s.code from station s join staff_account a on a.station_id = s.id"
                    + " where a.username = ?",
                supervisor);
    Anchor anchor = AnchorLines.last(anchorFile(), "DAY_CLOSE", Anchors.dayCloseScope(code, day));
    String text = printer.text(OfficialForm.DAILY_CLOSE, supervisor, day).replaceAll("\\s+", "");
    assertTrue(text.contains("审计锚点：第" + anchor.sequence() + "条记录"), text);
    assertTrue(text.contains(anchor.fingerprint()), text);
    assertTrue(text.contains(anchor.digest()), text);
    assertTrue(verifier.verify().isIntact());
  }

  /** The anchor lines of a file, newest last. */
  static final class AnchorLines {
    static Anchor last(Path file, String kind, String scope) throws Exception {
      Anchor found = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Anchor anchor = Anchor.parse(line);
        if (anchor.kind().equals(kind) && anchor.scope().equals(scope)) {
          found = anchor;
        }
      }
      assertTrue(found != null, "no " + kind + " anchor for " + scope + " in " + file);
      return found;
    }
  }

  Connection ownerConnection() throws SQLException {
    return AuditChainIT.ownerConnection(dataSource);
  }

  static long keyedFrom(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet head = s.executeQuery("select keyed_from from audit_chain_head where id = 1")) {
      head.next();
      return head.getLong(1);
    }
  }

  static List<AuditEntry> entriesFrom(Connection db, long from) throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement(
            "select "
                + AuditTool.ENTRY_COLUMNS
                + " from audit_entry where sequence >= ? order by sequence")) {
      select.setLong(1, from);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          entries.add(AuditTool.entryOf(row));
        }
      }
    }
    return entries;
  }

  static AuditEntry copy(AuditEntry e, String after, String previous, String link) {
    return new AuditEntry(
        e.getSequence(),
        e.getOccurredAt(),
        new Actor(e.getActorUsername(), e.getActorRoles(), e.getStationCode()),
        new AuditEvent(e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getBefore(), after),
        e.getClientAddress(),
        previous,
        link);
  }

  static void write(Connection db, long sequence, String after, String previous, String link)
      throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement(
            "update audit_entry set after_state = ?, previous_hash = ?, entry_hash = ?"
                + " where sequence = ?")) {
      update.setString(1, after);
      update.setString(2, previous);
      update.setString(3, link);
      update.setLong(4, sequence);
      assertEquals(1, update.executeUpdate());
    }
  }

  static void setHeadLink(Connection db, String link) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("update audit_chain_head set last_hash = ? where id = 1")) {
      update.setString(1, link);
      assertEquals(1, update.executeUpdate());
    }
  }
}
