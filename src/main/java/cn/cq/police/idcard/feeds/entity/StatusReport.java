package cn.cq.police.idcard.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A status report of the production centre that changed an application. Kept once per kind and
 * application, so a repeated report (the centre retries too) is recognised and changes nothing.
 */
@Entity
@Table(name = "production_status_report")
@NamedQuery(
    name = StatusReport.OF_KIND,
    query =
        "select count(r) from StatusReport r where r.applicationId = :applicationId"
            + " and r.kind = :kind")
public class StatusReport {

  public static final String OF_KIND = "StatusReport.ofKind";

  /** What the centre reports, in the order it happens. */
  public enum Kind {
    ACCEPTED,
    REJECTED,
    PRODUCED,
    DISPATCHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(length = 200)
  private String reason;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  protected StatusReport() {}

  public StatusReport(Long applicationId, Kind kind, String reason, LocalDateTime receivedAt) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.reason = reason;
    this.receivedAt = receivedAt;
  }

  public Kind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }
}
