package cn.cq.police.idcard.applications.entity;

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
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One step of an application's status history: who moved it where, when and why. */
@Entity
@Table(name = "application_status_change")
public class ApplicationStatusChange implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id")
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApplicationStatus status;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  /** Null when a machine (the production centre) reported the change. */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "changed_by")
  private StaffAccount changedBy;

  @Column(length = 200)
  private String note;

  protected ApplicationStatusChange() {}

  ApplicationStatusChange(
      Application application,
      ApplicationStatus status,
      LocalDateTime changedAt,
      StaffAccount changedBy,
      String note) {
    this.application = application;
    this.status = status;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.note = note;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public StaffAccount getChangedBy() {
    return changedBy;
  }

  public String getNote() {
    return note;
  }
}
