package cn.cq.police.idcard.review.entity;

import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** One decision on an application, kept for good: returns and resubmissions keep both sides. */
@Entity
@Table(name = "application_decision")
@NamedQuery(
    name = ApplicationDecision.OF_APPLICATION,
    query =
        "select d from ApplicationDecision d where d.applicationId = :applicationId"
            + " order by d.decidedAt, d.id")
public class ApplicationDecision implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF_APPLICATION = "ApplicationDecision.ofApplication";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Decision decision;

  @Column(name = "reason_code", length = 40)
  private String reasonCode;

  @Column(length = 500)
  private String note;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "decided_by")
  private StaffAccount decidedBy;

  @Column(name = "decided_at", nullable = false)
  private LocalDateTime decidedAt;

  /** For a return: the fields the clerk is to correct (CorrectionField.store), else null. */
  @Column(name = "correction_fields", length = 200)
  private String correctionFields;

  protected ApplicationDecision() {}

  public ApplicationDecision(
      Long applicationId,
      Decision decision,
      String reasonCode,
      String note,
      StaffAccount decidedBy,
      LocalDateTime decidedAt) {
    this.applicationId = applicationId;
    this.decision = decision;
    this.reasonCode = reasonCode;
    this.note = note;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  /** A return naming the fields to correct. */
  public static ApplicationDecision returned(
      Long applicationId,
      String reasonCode,
      Set<CorrectionField> fields,
      String note,
      StaffAccount decidedBy,
      LocalDateTime decidedAt) {
    ApplicationDecision decision =
        new ApplicationDecision(
            applicationId, Decision.RETURNED, reasonCode, note, decidedBy, decidedAt);
    decision.correctionFields = CorrectionField.store(fields);
    return decision;
  }

  public Set<CorrectionField> getCorrectionFields() {
    return CorrectionField.read(correctionFields);
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getNote() {
    return note;
  }

  public StaffAccount getDecidedBy() {
    return decidedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }
}
