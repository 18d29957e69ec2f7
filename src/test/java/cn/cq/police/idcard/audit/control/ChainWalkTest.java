package cn.cq.police.idcard.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

  static final Actor CLERK = new Actor("yuzhong.clerk", "CLERK", "500103510001");
  static final LocalDateTime AT = LocalDateTime.of(2026, 11, 25, 9, 30, 0, 123_000_000);

  /** A correctly chained list, built the way AuditTrail appends. */
  static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditEntry.GENESIS_HASH;
    for (int sequence = 1; sequence <= length; sequence++) {
      AuditEntry entry = entry(sequence, "application.submitted", previous);
      entries.add(entry);
      previous = entry.getEntryHash();
    }
    return entries;
  }

  static AuditEntry entry(long sequence, String action, String previous) {
    AuditEvent event = AuditEvent.of(action, "application", sequence).withAfter("status=SUBMITTED");
    AuditEntry unsealed = new AuditEntry(sequence, AT, CLERK, event, "10.0.0.7", previous, "");
    return new AuditEntry(
        sequence,
        AT,
        CLERK,
        event,
        "10.0.0.7",
        previous,
        AuditHashes.hashOf(unsealed.canonicalForm()));
  }

  static ChainVerdict walk(List<AuditEntry> entries, long headSequence, String headHash) {
    ChainWalk walk = new ChainWalk();
    for (AuditEntry entry : entries) {
      if (!walk.accept(entry)) {
        break;
      }
    }
    return walk.finish(headSequence, headHash);
  }

  static ChainVerdict walk(List<AuditEntry> entries) {
    AuditEntry last = entries.get(entries.size() - 1);
    return walk(entries, last.getSequence(), last.getEntryHash());
  }

  @Test
  void anUntouchedChainIsIntact() {
    ChainVerdict verdict = walk(chain(10));
    assertTrue(verdict.isIntact());
    assertEquals(10, verdict.entriesChecked());
  }

  @Test
  void anEmptyChainWithAFreshHeadIsIntact() {
    assertTrue(walk(List.of(), 0, AuditEntry.GENESIS_HASH).isIntact());
  }

  @Test
  void aChangedEntryIsNamed() {
    List<AuditEntry> entries = chain(10);
    AuditEntry original = entries.get(6);
    // Same hash as stored, different content: what an UPDATE of one column leaves behind.
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
    ChainVerdict verdict = walk(entries);
    assertFalse(verdict.isIntact());
    assertEquals(7, verdict.firstBroken().getAsLong());
    assertEquals(Break.ENTRY_CHANGED, verdict.reason());
  }

  @Test
  void anEntryRehashedAfterAChangeBreaksTheLinkOfTheNext() {
    List<AuditEntry> entries = chain(10);
    entries.set(3, entry(4, "login.failed", entries.get(3).getPreviousHash()));
    ChainVerdict verdict = walk(entries);
    assertEquals(5, verdict.firstBroken().getAsLong());
    assertEquals(Break.LINK_BROKEN, verdict.reason());
  }

  @Test
  void aRemovedEntryIsAGap() {
    List<AuditEntry> entries = chain(10);
    entries.remove(2);
    ChainVerdict verdict = walk(entries);
    assertEquals(3, verdict.firstBroken().getAsLong());
    assertEquals(Break.SEQUENCE_GAP, verdict.reason());
  }

  @Test
  void entriesRemovedFromTheEndDoNotMatchTheHead() {
    List<AuditEntry> entries = chain(10);
    AuditEntry last = entries.get(9);
    ChainVerdict verdict = walk(entries.subList(0, 8), last.getSequence(), last.getEntryHash());
    assertEquals(Break.HEAD_MISMATCH, verdict.reason());
    assertEquals(9, verdict.firstBroken().getAsLong());
  }

  @Test
  void theHashCoversEveryField() {
    AuditEntry entry = entry(1, "login.failed", AuditEntry.GENESIS_HASH);
    AuditEntry otherAddress =
        new AuditEntry(
            1,
            AT,
            CLERK,
            AuditEvent.of("login.failed", "application", 1).withAfter("status=SUBMITTED"),
            "10.0.0.8",
            AuditEntry.GENESIS_HASH,
            "");
    assertNotEquals(entry.getEntryHash(), AuditHashes.hashOf(otherAddress.canonicalForm()));
    assertEquals(64, entry.getEntryHash().length());
  }
}
