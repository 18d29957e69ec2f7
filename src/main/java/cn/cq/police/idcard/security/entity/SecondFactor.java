package cn.cq.police.idcard.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An account's second login factor: which kind, and for a one-time password the sealed secret and
 * the last accepted time step, for a certificate what the administrator registered. No row means a
 * one-time password not yet enrolled.
 */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

  @Id
  @Column(length = 50)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private SecondFactorKind kind;

  @Column(name = "totp_secret_sealed", length = 200)
  private String totpSecretSealed;

  @Column(name = "totp_enrolled_at")
  private LocalDateTime totpEnrolledAt;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @Column(name = "certificate_subject", length = 500)
  private String certificateSubject;

  @Column(name = "certificate_serial", length = 80)
  private String certificateSerial;

  @Column(name = "certificate_issuer", length = 500)
  private String certificateIssuer;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  protected SecondFactor() {}

  /** A one-time password still to be enrolled. */
  public SecondFactor(String username, LocalDateTime now) {
    this.username = username;
    this.kind = SecondFactorKind.TOTP;
    this.changedAt = now;
  }

  public void enrol(String sealedSecret, long acceptedStep, LocalDateTime now) {
    kind = SecondFactorKind.TOTP;
    totpSecretSealed = sealedSecret;
    totpEnrolledAt = now;
    totpLastStep = acceptedStep;
    changedAt = now;
  }

  /** Forgets the secret: the next login enrols again. */
  public void resetOneTimePassword(LocalDateTime now) {
    kind = SecondFactorKind.TOTP;
    totpSecretSealed = null;
    totpEnrolledAt = null;
    totpLastStep = null;
    changedAt = now;
  }

  public void useCertificate(String subject, String serial, String issuer, LocalDateTime now) {
    resetOneTimePassword(now);
    kind = SecondFactorKind.CERTIFICATE;
    certificateSubject = subject;
    certificateSerial = serial;
    certificateIssuer = issuer;
  }

  public void useOneTimePassword(LocalDateTime now) {
    if (kind != SecondFactorKind.TOTP) {
      resetOneTimePassword(now);
    }
    certificateSubject = null;
    certificateSerial = null;
    certificateIssuer = null;
  }

  /** Notes the step of a code just accepted; only later steps are accepted from now on. */
  public void accepted(long step) {
    totpLastStep = step;
  }

  /** Lets the code of the current step be used once more: the demo's test fixture only. */
  public void forgetLastStep() {
    totpLastStep = null;
  }

  public boolean isEnrolled() {
    return kind == SecondFactorKind.TOTP && totpSecretSealed != null;
  }

  public long lastStep() {
    return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
  }

  public String getUsername() {
    return username;
  }

  public SecondFactorKind getKind() {
    return kind;
  }

  public String getTotpSecretSealed() {
    return totpSecretSealed;
  }

  public LocalDateTime getTotpEnrolledAt() {
    return totpEnrolledAt;
  }

  public String getCertificateSubject() {
    return certificateSubject;
  }

  public String getCertificateSerial() {
    return certificateSerial;
  }

  public String getCertificateIssuer() {
    return certificateIssuer;
  }
}
