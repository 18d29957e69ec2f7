package cn.cq.police.idcard.notices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The mobile number an application's arrival notice goes to, sealed, and the consent it was given
 * with. The sealed number is erased once the notice is delivered; the masked form and the consent
 * stay as the record of what the person agreed to.
 */
@Entity
@Table(name = "notice_contact")
public class NoticeContact {

  /** The resource key of the consent wording the clerk reads out; a new wording gets a new key. */
  public static final String CONSENT_TEXT = "notice.consent.v1";

  @Id
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "mobile_sealed", length = 200)
  private String mobileSealed;

  @Column(name = "mobile_masked", nullable = false, length = 20)
  private String mobileMasked;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_by", nullable = false, length = 20)
  private ConsentGiver consentBy;

  @Column(name = "consent_text", nullable = false, length = 60)
  private String consentText;

  @Column(name = "consented_at", nullable = false)
  private LocalDateTime consentedAt;

  @Column(name = "recorded_by", nullable = false)
  private Long recordedBy;

  @Column(name = "erased_at")
  private LocalDateTime erasedAt;

  protected NoticeContact() {}

  public NoticeContact(
      Long applicationId,
      String mobileSealed,
      String mobileMasked,
      ConsentGiver consentBy,
      LocalDateTime consentedAt,
      Long recordedBy) {
    this.applicationId = applicationId;
    this.mobileSealed = mobileSealed;
    this.mobileMasked = mobileMasked;
    this.consentBy = consentBy;
    this.consentText = CONSENT_TEXT;
    this.consentedAt = consentedAt;
    this.recordedBy = recordedBy;
  }

  /** The associated data a sealed number is bound to: its application. */
  public static String sealedFor(Long applicationId) {
    return "notice_contact:" + applicationId;
  }

  /** Forgets the number itself; the masked form and the consent stay. */
  public void erase(LocalDateTime at) {
    if (mobileSealed != null) {
      mobileSealed = null;
      erasedAt = at;
    }
  }

  public boolean isErased() {
    return mobileSealed == null;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getMobileSealed() {
    return mobileSealed;
  }

  public String getMobileMasked() {
    return mobileMasked;
  }

  public ConsentGiver getConsentBy() {
    return consentBy;
  }

  public String getConsentText() {
    return consentText;
  }

  public LocalDateTime getConsentedAt() {
    return consentedAt;
  }

  public Long getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getErasedAt() {
    return erasedAt;
  }
}
