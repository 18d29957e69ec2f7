package cn.cq.police.idcard.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.control.CryptoSuite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The chain's checks under both suites: keyed links, the switch-over, anchors and archives. */
class ChainWalkTest {

  static final Actor CLERK = new Actor("yuzhong.clerk", "CLERK", "500103510001");
  static final LocalDateTime AT = LocalDateTime.of(2026, 11, 25, 9, 30, 0, 123_000_000);
  static final byte[] MAC_KEY = "a test MAC key of 32 bytes......".getBytes(StandardCharsets.UTF_8);
  static final byte[] OTHER_KEY =
      "another key, known to no one....".getBytes(StandardCharsets.UTF_8);
  static final Map<CryptoSuite, KeyPair> SIGNING = new EnumMap<>(CryptoSuite.class);

  @TempDir Path folder;

  static KeyPair signing(CryptoSuite suite) {
    return SIGNING.computeIfAbsent(suite, CryptoSuite::newSigningKeys);
  }

  /** A correctly chained list, built the way AuditTrail appends. */
  static List<AuditEntry> chain(ChainLinks links, int length) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditEntry.GENESIS_HASH;
    for (int sequence = 1; sequence <= length; sequence++) {
      AuditEntry entry = entry(links, sequence, "status=SUBMITTED", previous);
      entries.add(entry);
      previous = entry.getEntryHash();
    }
    return entries;
  }

  static AuditEntry entry(ChainLinks links, long sequence, String after, String previous) {
    AuditEvent event =
        AuditEvent.of("application.submitted", "application", sequence).withAfter(after);
    AuditEntry unsealed = new AuditEntry(sequence, AT, CLERK, event, "10.0.0.7", previous, "");
    return new AuditEntry(sequence, AT, CLERK, event, "10.0.0.7", previous, links.linkOf(unsealed));
  }

  /** Rewrites entry {@code at} (index) and re-links every later one, as the key's holder could. */
  static List<AuditEntry> rewritten(ChainLinks links, List<AuditEntry> entries, int at) {
    List<AuditEntry> copy = new ArrayList<>(entries.subList(0, at));
    String previous = entries.get(at).getPreviousHash();
    for (int i = at; i < entries.size(); i++) {
      AuditEntry entry =
          entry(links, i + 1, i == at ? "status=REJECTED" : "status=SUBMITTED", previous);
      copy.add(entry);
      previous = entry.getEntryHash();
    }
    return copy;
  }

  static ChainLinks keyed(CryptoSuite suite) {
    return new ChainLinks(suite, MAC_KEY, 1);
  }

  static Anchor anchorOf(CryptoSuite suite, AuditEntry entry, long keyedFrom) {
    return Anchor.sign(
        suite,
        signing(suite).getPrivate(),
        AT.plusHours(1),
        "DAILY",
        "2026-11-25",
        entry.getSequence(),
        entry.getEntryHash(),
        keyedFrom);
  }

  static ChainVerdict walk(ChainLinks links, List<AuditEntry> entries, List<Anchor> anchors) {
    AuditEntry last = entries.get(entries.size() - 1);
    return walk(new ChainWalk(links, anchors), entries, last.getSequence(), last.getEntryHash());
  }

  static ChainVerdict walk(ChainWalk walk, List<AuditEntry> entries, long head, String headLink) {
    for (AuditEntry entry : entries) {
      if (!walk.accept(entry)) {
        break;
      }
    }
    return walk.finish(head, headLink);
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void anUntouchedChainIsIntact(CryptoSuite suite) {
    ChainVerdict verdict = walk(keyed(suite), chain(keyed(suite), 10), List.of());
    assertTrue(verdict.isIntact(), verdict.toString());
    assertEquals(10, verdict.entriesChecked());
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void anEmptyChainWithAFreshHeadIsIntact(CryptoSuite suite) {
    ChainWalk walk = new ChainWalk(keyed(suite), List.of());
    assertTrue(walk.finish(0, AuditEntry.GENESIS_HASH).isIntact());
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void aChangedEntryIsNamed(CryptoSuite suite) {
    List<AuditEntry> entries = chain(keyed(suite), 10);
    AuditEntry original = entries.get(6);
    // Same link as stored, different content: what an UPDATE of one column leaves behind.
    entries.set(
        6,
        new AuditEntry(
            7,
            AT,
            CLERK,
            AuditEvent.of("application.submitted", "application", 7).withAfter("status=REJECTED"),
            "10.0.0.7",
            original.getPreviousHash(),
            original.getEntryHash()));
    ChainVerdict verdict = walk(keyed(suite), entries, List.of());
    assertFalse(verdict.isIntact());
    assertEquals(7, verdict.firstBroken().getAsLong());
    assertEquals(Break.ENTRY_CHANGED, verdict.reason());
  }

  /** The attack the unkeyed chain could not see: change an entry, recompute every SHA-256. */
  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void rewritingAnEntryAndRecomputingPlainHashesIsCaught(CryptoSuite suite) {
    List<AuditEntry> entries = chain(keyed(suite), 10);
    ChainLinks plain = new ChainLinks(suite, MAC_KEY, Long.MAX_VALUE);
    ChainVerdict verdict = walk(keyed(suite), rewritten(plain, entries, 3), List.of());
    assertEquals(4, verdict.firstBroken().getAsLong());
    assertEquals(Break.ENTRY_CHANGED, verdict.reason());
    // And with a MAC key of the attacker's own choosing just the same.
    ChainLinks guessed = new ChainLinks(suite, OTHER_KEY, 1);
    assertEquals(
        Break.ENTRY_CHANGED,
        walk(keyed(suite), rewritten(guessed, entries, 3), List.of()).reason());
  }

  /** With the MAC key the chain can be rewritten whole: only a signed anchor still disagrees. */
  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void withTheMacKeyButNotTheSigningKeyAnAnchorDisagrees(CryptoSuite suite) {
    List<AuditEntry> entries = chain(keyed(suite), 10);
    List<Anchor> anchors =
        List.of(anchorOf(suite, entries.get(1), 1), anchorOf(suite, entries.get(7), 1));
    assertTrue(walk(keyed(suite), entries, anchors).isIntact());
    List<AuditEntry> forged = rewritten(keyed(suite), entries, 4);
    assertTrue(walk(keyed(suite), forged, List.of()).isIntact(), "without anchors it would pass");
    ChainVerdict verdict = walk(keyed(suite), forged, anchors);
    assertEquals(Break.ANCHOR_MISMATCH, verdict.reason());
    assertEquals(8, verdict.firstBroken().getAsLong(), "the first anchored entry that disagrees");
    assertTrue(verdict.detail().contains("entries 3 to 8"), verdict.detail());
    assertEquals(1, verdict.anchorsChecked());
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void entriesRemovedFromTheEndAreCaughtByTheHeadAndByAnAnchor(CryptoSuite suite) {
    List<AuditEntry> entries = chain(keyed(suite), 10);
    AuditEntry last = entries.get(9);
    ChainVerdict verdict =
        walk(
            new ChainWalk(keyed(suite), List.of()),
            entries.subList(0, 8),
            last.getSequence(),
            last.getEntryHash());
    assertEquals(Break.HEAD_MISMATCH, verdict.reason());
    assertEquals(9, verdict.firstBroken().getAsLong());
    // The head row moved back too: the anchor of entry 10 still names it.
    AuditEntry newLast = entries.get(7);
    verdict =
        walk(
            new ChainWalk(keyed(suite), List.of(anchorOf(suite, last, 1))),
            entries.subList(0, 8),
            newLast.getSequence(),
            newLast.getEntryHash());
    assertEquals(Break.ANCHOR_MISMATCH, verdict.reason());
    assertEquals(9, verdict.firstBroken().getAsLong());
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void aRemovedEntryIsAGap(CryptoSuite suite) {
    List<AuditEntry> entries = chain(keyed(suite), 10);
    entries.remove(2);
    ChainVerdict verdict = walk(keyed(suite), entries, List.of());
    assertEquals(3, verdict.firstBroken().getAsLong());
    assertEquals(Break.SEQUENCE_GAP, verdict.reason());
  }

  /** Entries written before the switch-over keep their SHA-256 links and still verify. */
  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void plainLinksBeforeTheSwitchOverKeyedAfter(CryptoSuite suite) {
    ChainLinks mixed = new ChainLinks(suite, MAC_KEY, 6);
    List<AuditEntry> entries = chain(mixed, 10);
    assertEquals(AuditHashes.hashOf(entries.get(4).canonicalForm()), entries.get(4).getEntryHash());
    assertNotEquals(
        AuditHashes.hashOf(entries.get(5).canonicalForm()), entries.get(5).getEntryHash());
    assertTrue(walk(mixed, entries, List.of(anchorOf(suite, entries.get(9), 6))).isIntact());
    // Moving the switch-over past the end in the database (to rewrite everything unkeyed) shows:
    ChainLinks moved = new ChainLinks(suite, MAC_KEY, 11);
    ChainVerdict verdict =
        walk(moved, rewritten(moved, entries, 7), List.of(anchorOf(suite, entries.get(2), 6)));
    assertEquals(Break.ANCHOR_MISMATCH, verdict.reason());
    assertEquals(6, verdict.firstBroken().getAsLong());
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void aForgedOrChangedAnchorLineIsRefused(CryptoSuite suite) {
    List<AuditEntry> entries = chain(keyed(suite), 3);
    Anchor genuine = anchorOf(suite, entries.get(2), 1);
    String changed =
        genuine.line().replace(" 3 " + genuine.link(), " 2 " + entries.get(1).getEntryHash());
    Anchor forged =
        Anchor.sign(
            suite,
            suite.newSigningKeys().getPrivate(),
            AT,
            "DAILY",
            "2026-11-26",
            3,
            entries.get(2).getEntryHash(),
            1);
    var key = signing(suite).getPublic();
    AnchorFile.Reading reading =
        AnchorFile.read(List.of("# anchors", genuine.line(), changed), suite, key);
    assertFalse(reading.allVerified());
    assertEquals(3, reading.refusedLine());
    assertEquals(1, reading.anchors().size());
    assertEquals(
        2, AnchorFile.read(List.of(genuine.line(), forged.line()), suite, key).refusedLine());
    assertEquals(
        1, AnchorFile.read(List.of("idcard-audit-anchor v1 nonsense"), suite, key).refusedLine());
    // A syslog line carries the anchor after the syslog header.
    String syslog =
        AnchorOutlets.syslogMessage(genuine, AT.toInstant(java.time.ZoneOffset.UTC), "host");
    assertTrue(AnchorFile.read(List.of(syslog), suite, key).allVerified());
    assertEquals(genuine, Anchor.parse(genuine.line()));
    assertEquals(19, genuine.fingerprint().length());
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void archiveAndTableVerifyAsOneChain(CryptoSuite suite) throws Exception {
    ChainLinks links = keyed(suite);
    List<AuditEntry> entries = chain(links, 10);
    entries.set(
        2,
        new AuditEntry(
            3,
            AT,
            CLERK,
            new AuditEvent("a\tb", "x\\y", "1", null, "line\nbreak"),
            "-",
            entries.get(1).getEntryHash(),
            ""));
    entries = relinked(links, entries);
    List<AuditEntry> archived = entries.subList(0, 6);
    List<AuditEntry> live = entries.subList(6, 10);
    Anchor trailer =
        Anchor.sign(
            suite,
            signing(suite).getPrivate(),
            AT,
            "ARCHIVE",
            "1-6",
            6,
            archived.get(5).getEntryHash(),
            1);
    Path file = folder.resolve("archive.txt");
    Files.write(file, ArchiveFile.lines(archived, trailer), StandardCharsets.UTF_8);
    ArchiveFile.Contents contents = ArchiveFile.read(file, signing(suite).getPublic());
    assertEquals(6, contents.entries().size());
    assertEquals("line\nbreak", contents.entries().get(2).getAfter());
    ChainWalk walk = new ChainWalk(links, List.of(anchorOf(suite, entries.get(3), 1)));
    contents.entries().forEach(walk::accept);
    AuditEntry last = entries.get(9);
    assertTrue(walk(walk, live, 10, last.getEntryHash()).isIntact());
    // Without the archive: the table alone, from the archived link on; the anchor of entry 4 is
    // not checkable then, and says so.
    ChainVerdict alone =
        walk(
            new ChainWalk(
                links,
                6,
                archived.get(5).getEntryHash(),
                List.of(anchorOf(suite, entries.get(3), 1))),
            live,
            10,
            last.getEntryHash());
    assertTrue(alone.isIntact(), alone.toString());
    assertTrue(alone.detail().contains("archived"), alone.detail());
    // A changed archive line no longer verifies as one chain.
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.set(2, lines.get(2).replace("status=SUBMITTED", "status=REJECTED"));
    Files.write(file, lines, StandardCharsets.UTF_8);
    ChainWalk again = new ChainWalk(links, List.of());
    ArchiveFile.read(file, signing(suite).getPublic()).entries().forEach(again::accept);
    assertEquals(Break.ENTRY_CHANGED, again.finish(6, archived.get(5).getEntryHash()).reason());
    // A trailer signed by someone else is refused outright.
    Files.write(
        file,
        ArchiveFile.lines(
            archived,
            Anchor.sign(
                suite,
                suite.newSigningKeys().getPrivate(),
                AT,
                "ARCHIVE",
                "1-6",
                6,
                archived.get(5).getEntryHash(),
                1)),
        StandardCharsets.UTF_8);
    assertThrows(
        IllegalArgumentException.class, () -> ArchiveFile.read(file, signing(suite).getPublic()));
  }

  static List<AuditEntry> relinked(ChainLinks links, List<AuditEntry> entries) {
    List<AuditEntry> out = new ArrayList<>();
    String previous = AuditEntry.GENESIS_HASH;
    for (AuditEntry e : entries) {
      AuditEntry linked = withLink(e, previous, links.linkOf(withLink(e, previous, "")));
      out.add(linked);
      previous = linked.getEntryHash();
    }
    return out;
  }

  static AuditEntry withLink(AuditEntry e, String previous, String link) {
    return new AuditEntry(
        e.getSequence(),
        e.getOccurredAt(),
        new Actor(e.getActorUsername(), e.getActorRoles(), e.getStationCode()),
        new AuditEvent(
            e.getAction(), e.getSubjectType(), e.getSubjectId(), e.getBefore(), e.getAfter()),
        e.getClientAddress(),
        previous,
        link);
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void theLinkCoversEveryFieldAndTheKey(CryptoSuite suite) {
    AuditEntry entry = entry(keyed(suite), 1, "status=SUBMITTED", AuditEntry.GENESIS_HASH);
    AuditEntry otherAddress =
        new AuditEntry(
            1,
            AT,
            CLERK,
            AuditEvent.of("application.submitted", "application", 1).withAfter("status=SUBMITTED"),
            "10.0.0.8",
            AuditEntry.GENESIS_HASH,
            "");
    assertNotEquals(entry.getEntryHash(), keyed(suite).linkOf(otherAddress));
    assertNotEquals(entry.getEntryHash(), new ChainLinks(suite, OTHER_KEY, 1).linkOf(entry));
    assertEquals(64, entry.getEntryHash().length());
    assertThrows(IllegalArgumentException.class, () -> new ChainLinks(suite, new byte[15], 1));
  }
}
