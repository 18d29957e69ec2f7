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
 * One credential of an external centre. Holds no secret in clear: the API key as its SHA-256 (hex)
 * and the signing secret sealed (AES-GCM, Base64 of IV and ciphertext).
 */
@Entity
@Table(name = "integration_credential")
@NamedQuery(
    name = IntegrationCredential.ALL,
    query = "select c from IntegrationCredential c order by c.centre, c.issuedAt desc, c.id desc")
@NamedQuery(
    name = IntegrationCredential.BY_KEY_ID,
    query = "select c from IntegrationCredential c where c.keyId = :keyId")
public class IntegrationCredential {

  public static final String ALL = "IntegrationCredential.all";
  public static final String BY_KEY_ID = "IntegrationCredential.byKeyId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Centre centre;

  @Column(name = "key_id", nullable = false, unique = true, length = 40)
  private String keyId;

  @Column(name = "api_key_sha256", nullable = false, length = 64)
  private String apiKeySha256;

  @Column(name = "sealed_signing_secret", nullable = false, length = 200)
  private String sealedSigningSecret;

  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  @Column(name = "issued_by", nullable = false, length = 50)
  private String issuedBy;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "revoked_by", length = 50)
  private String revokedBy;

  protected IntegrationCredential() {}

  public IntegrationCredential(
      Centre centre,
      String keyId,
      String apiKeySha256,
      String sealedSigningSecret,
      LocalDateTime issuedAt,
      String issuedBy) {
    this.centre = centre;
    this.keyId = keyId;
    this.apiKeySha256 = apiKeySha256;
    this.sealedSigningSecret = sealedSigningSecret;
    this.issuedAt = issuedAt;
    this.issuedBy = issuedBy;
  }

  /** From now on requests with this key are refused. */
  public void revoke(LocalDateTime at, String by) {
    if (revokedAt == null) {
      this.revokedAt = at;
      this.revokedBy = by;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long getId() {
    return id;
  }

  public Centre getCentre() {
    return centre;
  }

  public String getKeyId() {
    return keyId;
  }

  public String apiKeySha256() {
    return apiKeySha256;
  }

  public String sealedSigningSecret() {
    return sealedSigningSecret;
  }

  public LocalDateTime getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
