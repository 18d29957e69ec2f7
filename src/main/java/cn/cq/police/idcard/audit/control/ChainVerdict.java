package cn.cq.police.idcard.audit.control;

import java.util.OptionalLong;

/**
 * What walking the chain found: how many entries were checked and, if the chain is broken, the
 * first entry that does not hold and why, and how many anchors it agreed with.
 *
 * @param detail for people: the anchor file's line, the range an anchor disagreement lies in, what
 *     was not checked; empty when there is nothing to add
 */
public record ChainVerdict(
    long entriesChecked,
    OptionalLong firstBroken,
    Break reason,
    int anchorsChecked,
    String detail) {

  public enum Break {
    /** The stored link is not the (keyed) MAC of the entry's fields: the entry was changed. */
    ENTRY_CHANGED,
    /** The entry does not chain to the one before it: an entry before it was changed or removed. */
    LINK_BROKEN,
    /** A sequence number is missing: an entry was removed. */
    SEQUENCE_GAP,
    /** The head row does not name the last entry: entries were removed from the end. */
    HEAD_MISMATCH,
    /**
     * A signed anchor names this entry with another link (or names an entry no longer there): the
     * chain was rewritten, by someone with the MAC key, at or before this entry.
     */
    ANCHOR_MISMATCH,
    /** A line of the anchor file is not signed by the anchor key: a forged or damaged anchor. */
    ANCHOR_FORGED,
    /** The archive file's signature does not verify or it does not fit the live chain. */
    ARCHIVE_INVALID
  }

  public static ChainVerdict intact(long entriesChecked, int anchorsChecked, String detail) {
    return new ChainVerdict(entriesChecked, OptionalLong.empty(), null, anchorsChecked, detail);
  }

  public static ChainVerdict broken(long entriesChecked, long sequence, Break reason) {
    return broken(entriesChecked, sequence, reason, 0, "");
  }

  public static ChainVerdict broken(
      long entriesChecked, long sequence, Break reason, int anchorsChecked, String detail) {
    return new ChainVerdict(
        entriesChecked, OptionalLong.of(sequence), reason, anchorsChecked, detail);
  }

  /** The same verdict with a note added to its detail (such as anchors that were not checked). */
  public ChainVerdict noting(String note) {
    if (note == null || note.isEmpty()) {
      return this;
    }
    return new ChainVerdict(
        entriesChecked,
        firstBroken,
        reason,
        anchorsChecked,
        detail == null || detail.isEmpty() ? note : detail + "; " + note);
  }

  public boolean isIntact() {
    return firstBroken.isEmpty();
  }
}
