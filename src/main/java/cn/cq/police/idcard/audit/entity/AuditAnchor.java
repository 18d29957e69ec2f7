package cn.cq.police.idcard.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The database's copy of an anchor line, for the 日结单 and for the once-a-day claim (one {@code
 * DAILY} row per day, whichever cluster member is first). The verifier never trusts this copy: it
 * reads the one written outside the database.
 */
@Entity
@Table(name = "audit_anchor")
@NamedQuery(
    name = AuditAnchor.OF_SCOPE,
    query =
        "select a from AuditAnchor a where a.kind = :kind and a.scope = :scope order by a.id desc")
@NamedQuery(
    name = AuditAnchor.DAILY,
    query = "select count(a) from AuditAnchor a where a.dailyKey = :day")
public class AuditAnchor {

  public static final String OF_SCOPE = "AuditAnchor.ofScope";
  public static final String DAILY = "AuditAnchor.daily";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20)
  private String kind;

  @Column(nullable = false, length = 60)
  private String scope;

  @Column(name = "daily_key", length = 10)
  private String dailyKey;

  @Column(nullable = false)
  private long sequence;

  @Column(nullable = false, length = 64)
  private String link;

  @Column(name = "anchored_at", nullable = false)
  private LocalDateTime anchoredAt;

  @Column(nullable = false, length = 2000)
  private String line;

  protected AuditAnchor() {}

  public AuditAnchor(
      String kind,
      String scope,
      String dailyKey,
      long sequence,
      String link,
      LocalDateTime anchoredAt,
      String line) {
    this.kind = kind;
    this.scope = scope;
    this.dailyKey = dailyKey;
    this.sequence = sequence;
    this.link = link;
    this.anchoredAt = anchoredAt;
    this.line = line;
  }

  public String getKind() {
    return kind;
  }

  public String getScope() {
    return scope;
  }

  public long getSequence() {
    return sequence;
  }

  public String getLink() {
    return link;
  }

  public LocalDateTime getAnchoredAt() {
    return anchoredAt;
  }

  public String getLine() {
    return line;
  }
}
