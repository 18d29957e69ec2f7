package cn.cq.police.idcard.applications.entity;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An ID card application accepted at a station's counter for one receipt. The citizen ID number is
 * copied from the receipt so that "one application in progress per person" is a cheap indexed
 * query.
 */
@Entity
@Table(name = "application")
@NamedQuery(
    name = Application.IN_PROGRESS_FOR_CITIZEN,
    query =
        "select a from Application a where a.citizenIdNumber = :citizenIdNumber"
            + " and a.status in :statuses order by a.submittedAt desc")
@NamedQuery(
    name = Application.FOR_RECEIPT,
    query = "select a from Application a where a.receipt = :receipt")
public class Application implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String IN_PROGRESS_FOR_CITIZEN = "Application.inProgressForCitizen";
  public static final String FOR_RECEIPT = "Application.forReceipt";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "receipt_id", unique = true)
  private Receipt receipt;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "station_id")
  private Station station;

  @Convert(converter = CitizenIdNumberConverter.class)
  @Column(name = "citizen_id_number", nullable = false, length = 18)
  private CitizenIdNumber citizenIdNumber;

  /** 受理号: station code + date + sequence. */
  @Column(name = "acceptance_number", nullable = false, unique = true, length = 30)
  private String acceptanceNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApplicationStatus status;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by")
  private StaffAccount submittedBy;

  @Version private long version;

  protected Application() {}

  public Application(
      Receipt receipt,
      Station station,
      String acceptanceNumber,
      StaffAccount submittedBy,
      LocalDateTime submittedAt) {
    this.receipt = receipt;
    this.station = station;
    this.citizenIdNumber = receipt.getCitizenIdNumber();
    this.acceptanceNumber = acceptanceNumber;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.status = ApplicationStatus.SUBMITTED;
  }

  public Long getId() {
    return id;
  }

  public Receipt getReceipt() {
    return receipt;
  }

  public Station getStation() {
    return station;
  }

  public CitizenIdNumber getCitizenIdNumber() {
    return citizenIdNumber;
  }

  public String getAcceptanceNumber() {
    return acceptanceNumber;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }
}
