package cn.cq.police.idcard.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that knows the chain's last sequence and hash. Appending locks it, so concurrent
 * transactions append one after the other and the chain never forks.
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

  protected AuditChainHead() {}

  public long nextSequence() {
    return lastSequence + 1;
  }

  public String getLastHash() {
    return lastHash;
  }

  public void advanceTo(AuditEntry entry) {
    lastSequence = entry.getSequence();
    lastHash = entry.getEntryHash();
  }
}
