package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks entries in sequence order, one at a time, so a chain of millions is verified in pages
 * without holding it in memory: each entry's link (keyed MAC, or plain SHA-256 before the
 * switch-over), its link to the one before, and every signed anchor that names it. Used by the
 * admin page and the command line alike.
 */
public final class ChainWalk {

  private final ChainLinks links;
  private final long startAfter;
  private final TreeMap<Long, List<Anchor>> anchors = new TreeMap<>();
  private long checked;
  private long expectedSequence;
  private String expectedPrevious;
  private int anchorsChecked;
  private int anchorsArchived;
  private long agreedUpTo;
  private boolean keyedPassed;
  private ChainVerdict verdict;

  /** A walk from the first entry ever written. */
  public ChainWalk(ChainLinks links, List<Anchor> anchors) {
    this(links, 0, AuditEntry.GENESIS_HASH, anchors);
  }

  /**
   * A walk that starts after {@code startAfter}, whose link is {@code startLink}: the live table
   * after entries were archived and removed, when the archive files are not at hand.
   */
  public ChainWalk(ChainLinks links, long startAfter, String startLink, List<Anchor> anchors) {
    this.links = links;
    this.startAfter = startAfter;
    this.expectedSequence = startAfter + 1;
    this.expectedPrevious = startLink.strip();
    this.agreedUpTo = startAfter;
    for (Anchor anchor : anchors) {
      this.anchors.computeIfAbsent(anchor.sequence(), s -> new ArrayList<>()).add(anchor);
    }
    for (Anchor anchor : anchors) {
      if (anchor.keyedFrom() != links.keyedFrom() && verdict == null) {
        verdict =
            ChainVerdict.broken(
                0,
                Math.min(anchor.keyedFrom(), links.keyedFrom()),
                Break.ANCHOR_MISMATCH,
                0,
                "keyed links begin at entry "
                    + links.keyedFrom()
                    + " in the database, at entry "
                    + anchor.keyedFrom()
                    + " by the anchor of "
                    + anchor.anchoredAt());
      }
    }
    // Anchors of entries archived before this walk's start cannot be checked here; one naming
    // the last archived entry can, against the link the live chain starts from.
    for (Map.Entry<Long, List<Anchor>> earlier :
        this.anchors.headMap(startAfter, true).entrySet()) {
      for (Anchor anchor : earlier.getValue()) {
        if (earlier.getKey() == startAfter) {
          checkAnchor(anchor, startAfter, expectedPrevious);
        } else {
          anchorsArchived++;
        }
      }
    }
  }

  /** Takes the next entry; returns false once the chain is found broken (stop walking then). */
  public boolean accept(AuditEntry entry) {
    if (verdict != null) {
      return false;
    }
    checked++;
    String link = entry.getEntryHash().strip();
    if (entry.getSequence() != expectedSequence) {
      verdict = ChainVerdict.broken(checked, expectedSequence, Break.SEQUENCE_GAP);
    } else if (!links.holds(entry)) {
      verdict =
          ChainVerdict.broken(
              checked,
              entry.getSequence(),
              Break.ENTRY_CHANGED,
              anchorsChecked,
              keyedPassed || entry.getSequence() < links.keyedFrom()
                  ? ""
                  : "no keyed entry verified yet: if every one fails, audit.mac-key or"
                      + " security.crypto-suite is not the server's");
    } else if (!entry.getPreviousHash().strip().equals(expectedPrevious)) {
      verdict = ChainVerdict.broken(checked, entry.getSequence(), Break.LINK_BROKEN);
    } else {
      keyedPassed |= entry.getSequence() >= links.keyedFrom();
      for (Anchor anchor : anchors.getOrDefault(entry.getSequence(), List.of())) {
        checkAnchor(anchor, entry.getSequence(), link);
      }
    }
    expectedSequence = entry.getSequence() + 1;
    expectedPrevious = link;
    return verdict == null;
  }

  private void checkAnchor(Anchor anchor, long sequence, String link) {
    if (verdict != null) {
      return;
    }
    if (anchor.link().equals(link)) {
      anchorsChecked++;
      agreedUpTo = sequence;
    } else {
      verdict =
          ChainVerdict.broken(
              checked,
              sequence,
              Break.ANCHOR_MISMATCH,
              anchorsChecked,
              described(anchor)
                  + " signed another link for entry "
                  + sequence
                  + "; the chain agreed with the anchors up to entry "
                  + agreedUpTo
                  + ", so entries "
                  + (agreedUpTo + 1)
                  + " to "
                  + sequence
                  + " were rewritten");
    }
  }

  private static String described(Anchor anchor) {
    return "the "
        + anchor.kind()
        + " anchor of "
        + anchor.anchoredAt()
        + " ("
        + anchor.scope()
        + ")";
  }

  public long nextSequence() {
    return expectedSequence;
  }

  /** The verdict once all entries were given: the head must name the last entry seen. */
  public ChainVerdict finish(long headSequence, String headHash) {
    if (verdict != null) {
      return verdict;
    }
    if (headSequence != expectedSequence - 1 || !headHash.strip().equals(expectedPrevious)) {
      return ChainVerdict.broken(
          checked, expectedSequence, Break.HEAD_MISMATCH, anchorsChecked, "");
    }
    Map.Entry<Long, List<Anchor>> beyond = anchors.higherEntry(expectedSequence - 1);
    if (beyond != null) {
      Anchor anchor = beyond.getValue().get(0);
      return ChainVerdict.broken(
          checked,
          expectedSequence,
          Break.ANCHOR_MISMATCH,
          anchorsChecked,
          described(anchor)
              + " names entry "
              + anchor.sequence()
              + ", but the chain ends at entry "
              + (expectedSequence - 1)
              + ": entries were removed from the end");
    }
    return ChainVerdict.intact(
        checked,
        anchorsChecked,
        anchorsArchived == 0
            ? ""
            : anchorsArchived
                + " anchors name archived entries before "
                + (startAfter + 1)
                + " (give the archive files to check them)");
  }
}
