package cn.cq.police.idcard.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that knows the chain's last sequence and link, where keyed links begin and how far
 * the chain was archived. Appending locks it, so concurrent transactions append one after the other
 * and the chain never forks.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  /** The first entry whose link is a keyed MAC; those before it have plain SHA-256 links. */
  @Column(name = "keyed_from", nullable = false)
  private long keyedFrom;

  /** The last entry moved to an archive file and removed from the table (0: none). */
  @Column(name = "archived_through", nullable = false)
  private long archivedThrough;

  /** That entry's link, which the first entry left in the table chains to. */
  @Column(name = "archived_link", nullable = false, length = 64)
  private String archivedLink;

  protected AuditChainHead() {}

  public long nextSequence() {
    return lastSequence + 1;
  }

  public String getLastHash() {
    return lastHash;
  }

  public long getLastSequence() {
    return lastSequence;
  }

  public long getKeyedFrom() {
    return keyedFrom;
  }

  public long getArchivedThrough() {
    return archivedThrough;
  }

  public String getArchivedLink() {
    return archivedLink;
  }

  public void advanceTo(AuditEntry entry) {
    lastSequence = entry.getSequence();
    lastHash = entry.getEntryHash();
  }
}
