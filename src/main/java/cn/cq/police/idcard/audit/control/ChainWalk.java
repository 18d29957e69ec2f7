package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.entity.AuditEntry;

/**
 * Checks entries in sequence order, one at a time, so a chain of millions is verified in pages
 * without holding it in memory. Used by the admin page and the command line alike.
 */
public final class ChainWalk {

  private long checked;
  private long expectedSequence = 1;
  private String expectedPrevious = AuditEntry.GENESIS_HASH;
  private ChainVerdict verdict;

  /** Takes the next entry; returns false once the chain is found broken (stop walking then). */
  public boolean accept(AuditEntry entry) {
    if (verdict != null) {
      return false;
    }
    checked++;
    if (entry.getSequence() != expectedSequence) {
      verdict = ChainVerdict.broken(checked, expectedSequence, Break.SEQUENCE_GAP);
    } else if (!AuditHashes.holds(entry)) {
      verdict = ChainVerdict.broken(checked, entry.getSequence(), Break.ENTRY_CHANGED);
    } else if (!entry.getPreviousHash().equals(expectedPrevious)) {
      verdict = ChainVerdict.broken(checked, entry.getSequence(), Break.LINK_BROKEN);
    }
    expectedSequence = entry.getSequence() + 1;
    expectedPrevious = entry.getEntryHash();
    return verdict == null;
  }

  public long nextSequence() {
    return expectedSequence;
  }

  /** The verdict once all entries were given: the head must name the last entry seen. */
  public ChainVerdict finish(long headSequence, String headHash) {
    if (verdict != null) {
      return verdict;
    }
    if (headSequence != expectedSequence - 1 || !headHash.equals(expectedPrevious)) {
      return ChainVerdict.broken(checked, expectedSequence, Break.HEAD_MISMATCH);
    }
    return ChainVerdict.intact(checked);
  }
}
