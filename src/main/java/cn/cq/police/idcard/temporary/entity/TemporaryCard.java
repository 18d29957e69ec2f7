package cn.cq.police.idcard.temporary.entity;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdIndexConverter;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A temporary resident ID card (临时居民身份证) issued at a station's counter: whose, why, valid from when
 * to when, and whether it has been handed to the applicant. The applicant collects it in person, so
 * the hand-over records only who gave it out and when.
 */
@Entity
@Table(name = "temporary_card")
@NamedQuery(
    name = TemporaryCard.BY_TOKEN,
    query = "select t from TemporaryCard t where t.submissionToken = :token")
@NamedQuery(
    name = TemporaryCard.VALID_FOR_CITIZEN,
    query =
        "select t from TemporaryCard t where t.citizenIdIndex = :citizenIdNumber"
            + " and t.validUntil >= :day order by t.validUntil desc")
@NamedQuery(
    name = TemporaryCard.OF_CITIZEN_AT_STATION,
    query =
        "select t from TemporaryCard t where t.station = :station"
            + " and t.citizenIdIndex = :citizenIdNumber order by t.issuedAt desc")
@NamedQuery(
    name = TemporaryCard.BY_NUMBER_AT_STATION,
    query =
        "select t from TemporaryCard t where t.station = :station"
            + " and t.cardNumber = :cardNumber")
public class TemporaryCard implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String AUDIT_SUBJECT = "temporaryCard";

  public static final String BY_TOKEN = "TemporaryCard.byToken";
  public static final String VALID_FOR_CITIZEN = "TemporaryCard.validForCitizen";
  public static final String OF_CITIZEN_AT_STATION = "TemporaryCard.ofCitizenAtStation";
  public static final String BY_NUMBER_AT_STATION = "TemporaryCard.byNumberAtStation";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "station_id")
  private Station station;

  @ManyToOne(optional = false)
  @JoinColumn(name = "receipt_id")
  private Receipt receipt;

  @Column(name = "citizen_id_number", nullable = false, length = 120)
  private CitizenIdNumber citizenIdNumber;

  /** The blind index of {@link #citizenIdNumber}: what look-ups by number compare. */
  @Convert(converter = CitizenIdIndexConverter.class)
  @Column(name = "citizen_id_index", length = 32)
  private CitizenIdNumber citizenIdIndex;

  @Column(name = "card_number", nullable = false, unique = true, length = 30)
  private AcceptanceNumber cardNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TemporaryCardReason reason;

  @Column(name = "reason_note", length = 200)
  private String reasonNote;

  /** The person's application in progress at issue, if there was one. */
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  @ManyToOne(optional = false)
  @JoinColumn(name = "issued_by")
  private StaffAccount issuedBy;

  @Column(name = "submission_token", nullable = false, unique = true, length = 40)
  private String submissionToken;

  @Column(name = "handed_over_at")
  private LocalDateTime handedOverAt;

  @ManyToOne
  @JoinColumn(name = "handed_over_by")
  private StaffAccount handedOverBy;

  protected TemporaryCard() {}

  /** What the clerk decided at the counter, besides who, where and when. */
  public record Terms(
      TemporaryCardReason reason,
      String reasonNote,
      Long applicationId,
      LocalDate validFrom,
      LocalDate validUntil,
      String submissionToken) {

    public Terms {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(validFrom, "validFrom");
      Objects.requireNonNull(validUntil, "validUntil");
      Objects.requireNonNull(submissionToken, "submissionToken");
      if (validUntil.isBefore(validFrom)) {
        throw new IllegalArgumentException("Valid until " + validUntil + " before " + validFrom);
      }
    }
  }

  public TemporaryCard(
      Receipt receipt,
      Station station,
      AcceptanceNumber cardNumber,
      StaffAccount issuedBy,
      LocalDateTime issuedAt,
      Terms terms) {
    this.receipt = receipt;
    this.citizenIdNumber = receipt.getCitizenIdNumber();
    this.citizenIdIndex = citizenIdNumber;
    this.station = station;
    this.cardNumber = cardNumber;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.reason = terms.reason();
    this.reasonNote = terms.reasonNote();
    this.applicationId = terms.applicationId();
    this.validFrom = terms.validFrom();
    this.validUntil = terms.validUntil();
    this.submissionToken = terms.submissionToken();
  }

  /** The applicant signed for the card and took it; once only. */
  public void handOver(StaffAccount by, LocalDateTime at) {
    if (isHandedOver()) {
      throw new IllegalStateException("Temporary card already handed over");
    }
    this.handedOverBy = Objects.requireNonNull(by, "by");
    this.handedOverAt = Objects.requireNonNull(at, "at");
  }

  public boolean isHandedOver() {
    return handedOverAt != null;
  }

  /** Whether the card is still valid on a day: the last day of validity included. */
  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }

  public Long getId() {
    return id;
  }

  public Station getStation() {
    return station;
  }

  public Receipt getReceipt() {
    return receipt;
  }

  public CitizenIdNumber getCitizenIdNumber() {
    return citizenIdNumber;
  }

  public AcceptanceNumber getCardNumber() {
    return cardNumber;
  }

  public TemporaryCardReason getReason() {
    return reason;
  }

  public String getReasonNote() {
    return reasonNote;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public LocalDateTime getIssuedAt() {
    return issuedAt;
  }

  public StaffAccount getIssuedBy() {
    return issuedBy;
  }

  public LocalDateTime getHandedOverAt() {
    return handedOverAt;
  }

  public StaffAccount getHandedOverBy() {
    return handedOverBy;
  }
}
