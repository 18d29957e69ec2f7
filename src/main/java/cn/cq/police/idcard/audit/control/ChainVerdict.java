package cn.cq.police.idcard.audit.control;

import java.util.OptionalLong;

/**
 * What walking the chain found: how many entries were checked and, if the chain is broken, the
 * first entry that does not hold and why.
 */
public record ChainVerdict(long entriesChecked, OptionalLong firstBroken, Break reason) {

  public enum Break {
    /** The stored hash is not the hash of the entry's fields: the entry was changed. */
    ENTRY_CHANGED,
    /** The entry does not chain to the one before it: an entry before it was changed or removed. */
    LINK_BROKEN,
    /** A sequence number is missing: an entry was removed. */
    SEQUENCE_GAP,
    /** The head row does not name the last entry: entries were removed from the end. */
    HEAD_MISMATCH
  }

  public static ChainVerdict intact(long entriesChecked) {
    return new ChainVerdict(entriesChecked, OptionalLong.empty(), null);
  }

  public static ChainVerdict broken(long entriesChecked, long sequence, Break reason) {
    return new ChainVerdict(entriesChecked, OptionalLong.of(sequence), reason);
  }

  public boolean isIntact() {
    return firstBroken.isEmpty();
  }
}
