package cn.cq.police.idcard.applications.entity;

import cn.cq.police.idcard.receipts.entity.CitizenIdIndexConverter;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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
        "select a from Application a where a.citizenIdIndex = :citizenIdNumber"
            + " and a.status in :statuses order by a.submittedAt desc")
@NamedQuery(
    name = Application.FOR_RECEIPT,
    query = "select a from Application a where a.receipt = :receipt")
@NamedQuery(
    name = Application.BY_TOKEN,
    query = "select a from Application a where a.submissionToken = :token")
@NamedQuery(
    name = Application.FIND_AT_STATION,
    query =
        "select a from Application a where a.station = :station"
            + " and (a.acceptanceNumber = :acceptanceNumber"
            + " or a.receipt.receiptNumber = :receiptNumber or a.citizenIdIndex = :idNumber)"
            + " order by a.submittedAt desc")
public class Application implements Serializable {

  /** How the audit trail names applications. */
  public static final String AUDIT_SUBJECT = "application";

  private static final long serialVersionUID = 1L;

  public static final String IN_PROGRESS_FOR_CITIZEN = "Application.inProgressForCitizen";
  public static final String FOR_RECEIPT = "Application.forReceipt";
  public static final String BY_TOKEN = "Application.byToken";
  public static final String FIND_AT_STATION = "Application.findAtStation";

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
  @Column(name = "citizen_id_number", nullable = false, length = 120)
  private CitizenIdNumber citizenIdNumber;

  /** The blind index of {@link #citizenIdNumber}: what look-ups by number compare. */
  @Convert(converter = CitizenIdIndexConverter.class)
  @Column(name = "citizen_id_index", length = 32)
  private CitizenIdNumber citizenIdIndex;

  /** 受理号: station code + date + sequence. */
  @Convert(converter = AcceptanceNumberConverter.class)
  @Column(name = "acceptance_number", nullable = false, unique = true, length = 30)
  private AcceptanceNumber acceptanceNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ApplicationStatus status;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "submitted_by")
  private StaffAccount submittedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "application_type", nullable = false, length = 20)
  private ApplicationType type;

  /** False when an agent (受托人) applies on the applicant's behalf. */
  @Column(name = "in_person", nullable = false)
  private boolean inPerson;

  @Embedded private Fingerprints fingerprints;

  @Column(name = "validity_start")
  private LocalDate validityStart;

  /** Null for a long-term (长期) card. */
  @Column(name = "validity_end")
  private LocalDate validityEnd;

  /** Proxy applications and fingerprint or fee exceptions wait for a supervisor. */
  @Column(name = "needs_approval", nullable = false)
  private boolean needsApproval;

  @Column(name = "promised_pickup_date")
  private LocalDate promisedPickupDate;

  /** Chosen by the submitting page, so a retried submit finds this application again. */
  @Column(name = "submission_token", unique = true, length = 40)
  private String submissionToken;

  /** 邮寄送证: the card goes by post (its address in the mailing component), not to the counter. */
  @Column(name = "delivery_by_post", nullable = false)
  private boolean deliveryByPost;

  @Column(name = "collected_at")
  private LocalDateTime collectedAt;

  @Column(name = "collected_by_agent")
  private Boolean collectedByAgent;

  @Convert(converter = CitizenIdNumberConverter.class)
  @Column(name = "collector_id_number", length = 120)
  private CitizenIdNumber collectorIdNumber;

  @Column(name = "old_card_surrendered")
  private Boolean oldCardSurrendered;

  @Column(name = "old_card_note", length = 200)
  private String oldCardNote;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "handed_over_by")
  private StaffAccount handedOverBy;

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt, id")
  private List<ApplicationStatusChange> history = new ArrayList<>();

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "approved_by")
  private StaffAccount approvedBy;

  @Version private long version;

  protected Application() {}

  /** What the clerk decided for the application, apart from who, where and when. */
  public record Terms(
      ApplicationType type,
      boolean inPerson,
      Fingerprints fingerprints,
      LocalDate validityStart,
      LocalDate validityEnd,
      LocalDate promisedPickupDate,
      boolean needsApproval,
      String submissionToken) {}

  public Application(
      Receipt receipt,
      Station station,
      AcceptanceNumber acceptanceNumber,
      StaffAccount submittedBy,
      LocalDateTime submittedAt,
      Terms terms) {
    this.receipt = receipt;
    this.station = station;
    this.citizenIdNumber = receipt.getCitizenIdNumber();
    this.citizenIdIndex = citizenIdNumber;
    this.acceptanceNumber = acceptanceNumber;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.type = terms.type();
    this.inPerson = terms.inPerson();
    this.fingerprints = terms.fingerprints();
    this.validityStart = terms.validityStart();
    this.validityEnd = terms.validityEnd();
    this.promisedPickupDate = terms.promisedPickupDate();
    this.needsApproval = terms.needsApproval();
    this.submissionToken = terms.submissionToken();
    moveTo(
        terms.needsApproval() ? ApplicationStatus.AWAITING_APPROVAL : ApplicationStatus.SUBMITTED,
        submittedBy,
        submittedAt,
        null);
  }

  /** Records a status change in the history; who is null for a machine report. */
  public void moveTo(
      ApplicationStatus next, StaffAccount changedBy, LocalDateTime at, String note) {
    status = next;
    history.add(new ApplicationStatusChange(this, next, at, changedBy, note));
  }

  /** A returned application's type, corrected by the clerk (its fee is judged again elsewhere). */
  public void correctType(ApplicationType corrected) {
    this.type = java.util.Objects.requireNonNull(corrected);
  }

  /** A returned application's fingerprint registration, corrected by the clerk. */
  public void correctFingerprints(Fingerprints corrected) {
    this.fingerprints = java.util.Objects.requireNonNull(corrected);
  }

  /** A supervisor's approval: the application may now leave for the production centre. */
  public void approve(StaffAccount supervisor, LocalDateTime at, String note) {
    this.approvedBy = supervisor;
    this.approvedAt = at;
    moveTo(ApplicationStatus.SUBMITTED, supervisor, at, note);
  }

  public LocalDate getSubmittedOn() {
    return submittedAt.toLocalDate();
  }

  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }

  public StaffAccount getApprovedBy() {
    return approvedBy;
  }

  public boolean canBeHandedOver() {
    return status == ApplicationStatus.ARRIVED_AT_STATION && !deliveryByPost;
  }

  /** Chosen at the counter, before the application is stored: the card is to be posted. */
  public void deliverByPost() {
    if (id != null) {
      throw new IllegalStateException("Delivery by post is chosen when the application is made");
    }
    this.deliveryByPost = true;
  }

  public boolean isDeliveryByPost() {
    return deliveryByPost;
  }

  /** A card to be posted has arrived at the station: the clerk may print the slip and post it. */
  public boolean canBePosted() {
    return status == ApplicationStatus.ARRIVED_AT_STATION && deliveryByPost;
  }

  /** The card left the station by post (已邮寄); the tracking number is in the history's note. */
  public void post(StaffAccount clerk, LocalDateTime at, String trackingNumber) {
    if (!canBePosted()) {
      throw new IllegalStateException("Only a card to be posted that has arrived is posted");
    }
    this.handedOverBy = clerk;
    moveTo(ApplicationStatus.MAILED, clerk, at, trackingNumber);
  }

  /**
   * The courier delivered the posted card (已签收): the delivery is the hand-over record, with the
   * old-card rule the counter recorded when the application was made.
   */
  public void deliveredByPost(
      LocalDateTime at, boolean oldCardSurrendered, String oldCardNote, String trackingNumber) {
    if (status != ApplicationStatus.MAILED) {
      throw new IllegalStateException("Only a posted card is delivered");
    }
    this.collectedAt = at;
    this.oldCardSurrendered = oldCardSurrendered;
    this.oldCardNote = oldCardNote;
    moveTo(ApplicationStatus.DELIVERED, null, at, trackingNumber);
  }

  /**
   * The card leaves the station: to the applicant or their agent, whose ID number was checked, with
   * the old card surrendered or the reason why not.
   */
  public void handOver(
      boolean byAgent,
      CitizenIdNumber collector,
      boolean oldCardSurrendered,
      String oldCardNote,
      StaffAccount clerk,
      LocalDateTime at) {
    if (!canBeHandedOver()) {
      throw new IllegalStateException("Only a card that has arrived at the station is handed over");
    }
    this.collectedByAgent = byAgent;
    this.collectorIdNumber = collector;
    this.oldCardSurrendered = oldCardSurrendered;
    this.oldCardNote = oldCardNote;
    this.handedOverBy = clerk;
    this.collectedAt = at;
    moveTo(ApplicationStatus.COLLECTED, clerk, at, oldCardNote);
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

  public AcceptanceNumber getAcceptanceNumber() {
    return acceptanceNumber;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public StaffAccount getSubmittedBy() {
    return submittedBy;
  }

  public ApplicationType getType() {
    return type;
  }

  public boolean isInPerson() {
    return inPerson;
  }

  public Fingerprints getFingerprints() {
    return fingerprints;
  }

  public LocalDate getValidityStart() {
    return validityStart;
  }

  public LocalDate getValidityEnd() {
    return validityEnd;
  }

  public boolean isNeedsApproval() {
    return needsApproval;
  }

  public LocalDate getPromisedPickupDate() {
    return promisedPickupDate;
  }

  public LocalDateTime getCollectedAt() {
    return collectedAt;
  }

  public Boolean getCollectedByAgent() {
    return collectedByAgent;
  }

  public CitizenIdNumber getCollectorIdNumber() {
    return collectorIdNumber;
  }

  public Boolean getOldCardSurrendered() {
    return oldCardSurrendered;
  }

  public String getOldCardNote() {
    return oldCardNote;
  }

  public List<ApplicationStatusChange> getHistory() {
    return List.copyOf(history);
  }
}
