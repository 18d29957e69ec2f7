package cn.cq.police.idcard.mailing.entity;

import cn.cq.police.idcard.platform.SealedColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One application's card delivered by post (邮寄送证): the address taken at the counter, the old-card
 * rule recorded there, and the parcel's life — slip printed, posted under a tracking number,
 * delivered as the courier reported.
 */
@Entity
@Table(name = "postal_delivery")
@NamedQuery(
    name = PostalDelivery.FOR_APPLICATION,
    query = "select d from PostalDelivery d where d.applicationId = :applicationId")
@NamedQuery(
    name = PostalDelivery.BY_TRACKING_NUMBER,
    query = "select d from PostalDelivery d where d.trackingNumber = :trackingNumber")
@NamedQuery(
    name = PostalDelivery.POSTED_BETWEEN,
    query =
        "select count(d) from PostalDelivery d where d.stationId = :stationId"
            + " and d.postedAt >= :from and d.postedAt < :to")
public class PostalDelivery implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How the audit trail names deliveries by post. */
  public static final String AUDIT_SUBJECT = "postalDelivery";

  public static final String FOR_APPLICATION = "PostalDelivery.forApplication";
  public static final String BY_TRACKING_NUMBER = "PostalDelivery.byTrackingNumber";
  public static final String POSTED_BETWEEN = "PostalDelivery.postedBetween";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private Long applicationId;

  @Column(name = "station_id", nullable = false)
  private Long stationId;

  @Convert(converter = SealedColumns.Name.class)
  @Column(name = "recipient_name", nullable = false, length = 400)
  private String recipientName;

  @Convert(converter = SealedColumns.Phone.class)
  @Column(name = "recipient_phone", nullable = false, length = 120)
  private String recipientPhone;

  @Column(name = "region_code", nullable = false, length = 6)
  private String regionCode;

  @Convert(converter = SealedColumns.Address.class)
  @Column(name = "address_detail", nullable = false, length = 1200)
  private String addressDetail;

  @Column(name = "old_card_surrendered", nullable = false)
  private boolean oldCardSurrendered;

  @Column(name = "old_card_note", length = 200)
  private String oldCardNote;

  @Column(name = "tracking_number", unique = true, length = 30)
  private String trackingNumber;

  @Column(name = "slip_printed_at")
  private LocalDateTime slipPrintedAt;

  @Column(name = "posted_at")
  private LocalDateTime postedAt;

  @Column(name = "posted_by")
  private Long postedBy;

  /** Whether the courier took the subscription for its reports (it calls back when delivered). */
  @Column(name = "courier_notified", nullable = false)
  private boolean courierNotified;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  protected PostalDelivery() {}

  /** The values as checked at the counter: trimmed, within their lengths. */
  public record Address(
      String recipientName, String recipientPhone, String regionCode, String addressDetail) {}

  public PostalDelivery(
      Long applicationId,
      Long stationId,
      Address address,
      boolean oldCardSurrendered,
      String oldCardNote) {
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
    this.stationId = Objects.requireNonNull(stationId, "stationId");
    this.recipientName = address.recipientName();
    this.recipientPhone = address.recipientPhone();
    this.regionCode = address.regionCode();
    this.addressDetail = address.addressDetail();
    this.oldCardSurrendered = oldCardSurrendered;
    this.oldCardNote = oldCardNote;
  }

  /** The clerk printed the mailing slip (the first time counts). */
  public void slipPrinted(LocalDateTime at) {
    if (slipPrintedAt == null) {
      slipPrintedAt = at;
    }
  }

  public boolean isPosted() {
    return postedAt != null;
  }

  /** The card left the station under the courier's tracking number. */
  public void post(String trackingNumber, Long clerkId, LocalDateTime at) {
    if (isPosted()) {
      throw new IllegalStateException("Already posted");
    }
    this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
    this.postedBy = clerkId;
    this.postedAt = at;
  }

  public void courierNotified() {
    this.courierNotified = true;
  }

  public boolean isDelivered() {
    return deliveredAt != null;
  }

  /** The courier reported the parcel delivered. */
  public void delivered(LocalDateTime at) {
    if (!isPosted()) {
      throw new IllegalStateException("Not posted yet");
    }
    if (deliveredAt == null) {
      deliveredAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Long getStationId() {
    return stationId;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getRecipientPhone() {
    return recipientPhone;
  }

  /** The phone as lists show it: the last four digits only. */
  public String getMaskedRecipientPhone() {
    int n = recipientPhone.length();
    return n <= 4 ? "****" : "*".repeat(n - 4) + recipientPhone.substring(n - 4);
  }

  public String getRegionCode() {
    return regionCode;
  }

  public String getAddressDetail() {
    return addressDetail;
  }

  public boolean isOldCardSurrendered() {
    return oldCardSurrendered;
  }

  public String getOldCardNote() {
    return oldCardNote;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public LocalDateTime getSlipPrintedAt() {
    return slipPrintedAt;
  }

  public LocalDateTime getPostedAt() {
    return postedAt;
  }

  public Long getPostedBy() {
    return postedBy;
  }

  public boolean isCourierNotified() {
    return courierNotified;
  }

  public LocalDateTime getDeliveredAt() {
    return deliveredAt;
  }
}
