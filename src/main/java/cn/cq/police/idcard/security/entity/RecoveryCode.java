package cn.cq.police.idcard.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One single-use recovery code of an account, as its salted hash (RecoveryCodes). */
@Entity
@Table(name = "recovery_code")
@NamedQuery(
    name = RecoveryCode.UNUSED_OF,
    query = "select r from RecoveryCode r where r.username = :username and r.usedAt is null")
@NamedQuery(
    name = RecoveryCode.DELETE_OF,
    query = "delete from RecoveryCode r where r.username = :username")
public class RecoveryCode {

  public static final String UNUSED_OF = "RecoveryCode.unusedOf";
  public static final String DELETE_OF = "RecoveryCode.deleteOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 50)
  private String username;

  @Column(name = "code_hash", nullable = false, length = 100)
  private String codeHash;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(String username, String codeHash) {
    this.username = username;
    this.codeHash = codeHash;
  }

  public void use(LocalDateTime now) {
    usedAt = now;
  }

  public String getCodeHash() {
    return codeHash;
  }

  public boolean isUsed() {
    return usedAt != null;
  }
}
