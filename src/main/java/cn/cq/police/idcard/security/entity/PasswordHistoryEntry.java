package cn.cq.police.idcard.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A password an account had before (its PBKDF2 hash only), so it is not chosen again soon. */
@Entity
@Table(name = "password_history")
@NamedQuery(
    name = PasswordHistoryEntry.LATEST_OF,
    query =
        "select h from PasswordHistoryEntry h where h.staffId = :staffId"
            + " order by h.replacedAt desc, h.id desc")
public class PasswordHistoryEntry {

  public static final String LATEST_OF = "PasswordHistoryEntry.latestOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "staff_id", nullable = false)
  private Long staffId;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(name = "replaced_at", nullable = false)
  private LocalDateTime replacedAt;

  protected PasswordHistoryEntry() {}

  public PasswordHistoryEntry(Long staffId, String passwordHash, LocalDateTime replacedAt) {
    this.staffId = staffId;
    this.passwordHash = passwordHash;
    this.replacedAt = replacedAt;
  }

  public String passwordHash() {
    return passwordHash;
  }
}
