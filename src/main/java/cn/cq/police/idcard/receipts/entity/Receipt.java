package cn.cq.police.idcard.receipts.entity;

import cn.cq.police.idcard.platform.SealedColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A digital photo receipt (数码照相回执) as delivered by the photo detection centre: the applicant's
 * registration data, the centre's verdict on the photo, and the integrity evidence (hash and
 * signature) of the photo stored beside it in {@link ReceiptPhoto}.
 */
@Entity
@Table(name = "receipt")
@NamedQuery(
    name = Receipt.BY_NUMBER,
    query = "select r from Receipt r where r.receiptNumber = :receiptNumber")
public class Receipt implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BY_NUMBER = "Receipt.byNumber";

  public static final String AUDIT_SUBJECT = "receipt";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Convert(converter = ReceiptNumberConverter.class)
  @Column(name = "receipt_number", nullable = false, unique = true, length = 20)
  private ReceiptNumber receiptNumber;

  @Convert(converter = CitizenIdNumberConverter.class)
  @Column(name = "citizen_id_number", nullable = false, length = 120)
  private CitizenIdNumber citizenIdNumber;

  /** The blind index of {@link #citizenIdNumber}: what look-ups by number compare. */
  @Convert(converter = CitizenIdIndexConverter.class)
  @Column(name = "citizen_id_index", length = 32)
  private CitizenIdNumber citizenIdIndex;

  @Convert(converter = SealedColumns.Name.class)
  @Column(nullable = false, length = 400)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 6)
  private Sex sex;

  @Column(name = "ethnicity_code", nullable = false, length = 2)
  private String ethnicityCode;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "household_region_code", nullable = false, length = 6)
  private String householdRegionCode;

  @Convert(converter = SealedColumns.Address.class)
  @Column(name = "household_address", nullable = false, length = 1200)
  private String householdAddress;

  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "photo_check", nullable = false, length = 10)
  private PhotoCheck photoCheck;

  /** Lower-case hex SHA-256 of the JPEG as the detection centre computed it. */
  @Column(name = "photo_sha256", nullable = false, length = 64)
  private String photoSha256;

  /**
   * The detection centre's Ed25519 signature over {@link #signedContent()}, Base64; null for a
   * photo taken at the station, which only the centre's photos carry.
   */
  @Column(name = "centre_signature", length = 200)
  private String centreSignature;

  @Enumerated(EnumType.STRING)
  @Column(name = "photo_source", nullable = false, length = 16)
  private PhotoSource photoSource = PhotoSource.DETECTION_CENTRE;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReceiptStatus status;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  /** SHA-256 of the canonical content as delivered by the feed; null for pre-feed receipts. */
  @Column(name = "content_sha256", length = 64)
  private String contentSha256;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "revocation_reason", length = 200)
  private String revocationReason;

  @Version private long version;

  protected Receipt() {}

  public Receipt(
      ReceiptNumber receiptNumber,
      CitizenIdNumber citizenIdNumber,
      String name,
      String ethnicityCode,
      String householdRegionCode,
      String householdAddress,
      LocalDate issueDate,
      PhotoCheck photoCheck,
      String photoSha256,
      String centreSignature,
      LocalDateTime receivedAt) {
    this.receiptNumber = receiptNumber;
    this.citizenIdNumber = citizenIdNumber;
    this.citizenIdIndex = citizenIdNumber;
    this.name = name;
    this.sex = citizenIdNumber.sex();
    this.birthDate = citizenIdNumber.birthDate();
    this.ethnicityCode = ethnicityCode;
    this.householdRegionCode = householdRegionCode;
    this.householdAddress = householdAddress;
    this.issueDate = issueDate;
    this.photoCheck = photoCheck;
    this.photoSha256 = photoSha256;
    this.centreSignature = centreSignature;
    this.status = ReceiptStatus.AVAILABLE;
    this.receivedAt = receivedAt;
  }

  /**
   * A receipt of the station's own for a photo its camera or scanner took and its checks accepted:
   * issued today, the photo passed, no centre signature.
   */
  public static Receipt takenAtStation(
      ReceiptNumber receiptNumber,
      CitizenIdNumber citizenIdNumber,
      String name,
      String ethnicityCode,
      String householdRegionCode,
      String householdAddress,
      PhotoSource source,
      String photoSha256,
      LocalDateTime takenAt) {
    if (!source.isStation()) {
      throw new IllegalArgumentException("Only a station's camera or scanner takes a photo here");
    }
    Receipt receipt =
        new Receipt(
            receiptNumber,
            citizenIdNumber,
            name,
            ethnicityCode,
            householdRegionCode,
            householdAddress,
            takenAt.toLocalDate(),
            PhotoCheck.PASSED,
            photoSha256,
            null,
            takenAt);
    receipt.photoSource = source;
    return receipt;
  }

  /**
   * What the detection centre signs: the receipt's identity and its photo's hash, so neither the
   * photo nor the person it belongs to can be swapped without the signature failing.
   */
  public static String signedContent(
      ReceiptNumber receiptNumber, CitizenIdNumber citizenIdNumber, String photoSha256) {
    return receiptNumber.value() + "|" + citizenIdNumber.value() + "|" + photoSha256;
  }

  public String signedContent() {
    return signedContent(receiptNumber, citizenIdNumber, photoSha256);
  }

  /** Both keys a station uses to pull a photo must belong together. */
  public boolean belongsTo(CitizenIdNumber idNumber) {
    return citizenIdNumber.equals(idNumber);
  }

  /** The last day the receipt may be used; the validity period is a setting (60-180 days). */
  public LocalDate validUntil(int validityDays) {
    return issueDate.plusDays(validityDays);
  }

  public boolean isExpiredOn(LocalDate day, int validityDays) {
    return day.isAfter(validUntil(validityDays));
  }

  /** A receipt serves exactly one application. */
  public void markUsed() {
    if (status != ReceiptStatus.AVAILABLE) {
      throw new IllegalStateException("Only an available receipt can be used");
    }
    status = ReceiptStatus.USED;
  }

  /**
   * The detection centre withdraws the receipt; a used one served an application already and stays
   * as it is.
   */
  public void revoke(String reason, LocalDateTime at) {
    if (status == ReceiptStatus.USED) {
      throw new IllegalStateException("A used receipt cannot be revoked");
    }
    status = ReceiptStatus.REVOKED;
    revocationReason = reason;
    revokedAt = at;
  }

  public boolean photoPassed() {
    return photoCheck == PhotoCheck.PASSED;
  }

  public Long getId() {
    return id;
  }

  public ReceiptNumber getReceiptNumber() {
    return receiptNumber;
  }

  public CitizenIdNumber getCitizenIdNumber() {
    return citizenIdNumber;
  }

  public String getName() {
    return name;
  }

  public Sex getSex() {
    return sex;
  }

  public String getEthnicityCode() {
    return ethnicityCode;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public String getHouseholdRegionCode() {
    return householdRegionCode;
  }

  public String getHouseholdAddress() {
    return householdAddress;
  }

  public LocalDate getIssueDate() {
    return issueDate;
  }

  public PhotoCheck getPhotoCheck() {
    return photoCheck;
  }

  public String getPhotoSha256() {
    return photoSha256;
  }

  public PhotoSource getPhotoSource() {
    return photoSource;
  }

  public String getCentreSignature() {
    return centreSignature;
  }

  public ReceiptStatus getStatus() {
    return status;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }

  public String getRevocationReason() {
    return revocationReason;
  }
}
