package cn.cq.police.idcard.feeds.control;

import cn.cq.police.idcard.feeds.entity.Centre;
import cn.cq.police.idcard.feeds.entity.IntegrationCredential;
import cn.cq.police.idcard.security.control.Cryptography;
import cn.cq.police.idcard.security.control.SecretSealing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues, checks and revokes the centres' credentials. The feed API authenticates a request with
 * {@link #verifyApiKey} and checks a payload's HMAC with {@link #signingSecret}; both answer only
 * for credentials that are not revoked and belong to the centre asking.
 */
@Dependent
public class CentreCredentials {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "security.credentials-master-key")
  String masterKey;

  @Inject Cryptography cryptography;

  SecretSealing sealing;

  /** A new credential with its API key and signing secret (Base64), to be shown once. */
  public record Issued(IntegrationCredential credential, String apiKey, String signingSecret) {}

  @PostConstruct
  void init() {
    sealing = SecretSealing.fromBase64(cryptography.suite(), masterKey);
  }

  public List<IntegrationCredential> all() {
    return em.createNamedQuery(IntegrationCredential.ALL, IntegrationCredential.class)
        .getResultList();
  }

  public Issued issue(Centre centre, String issuedBy) {
    String keyId = ApiKeys.newKeyId(centre.keyPrefix());
    String apiKey = ApiKeys.newApiKey();
    byte[] signingSecret = ApiKeys.newSigningSecret();
    IntegrationCredential credential = store(centre, keyId, apiKey, signingSecret, issuedBy);
    return new Issued(credential, apiKey, Base64.getEncoder().encodeToString(signingSecret));
  }

  /**
   * Stores a credential whose secrets are already known (the demo's and the tests' fixed ones),
   * unless its key id exists; answers whether it was stored.
   */
  public boolean registerKnown(
      Centre centre, String keyId, String apiKey, byte[] signingSecret, String issuedBy) {
    if (byKeyId(keyId).isPresent()) {
      return false;
    }
    store(centre, keyId, apiKey, signingSecret, issuedBy);
    return true;
  }

  private IntegrationCredential store(
      Centre centre, String keyId, String apiKey, byte[] signingSecret, String issuedBy) {
    IntegrationCredential credential =
        new IntegrationCredential(
            centre,
            keyId,
            ApiKeys.sha256Hex(apiKey),
            sealing.seal(signingSecret, associatedData(centre, keyId)),
            LocalDateTime.now(clock),
            issuedBy);
    em.persist(credential);
    return credential;
  }

  /** Whether the API key is that of an active credential of this centre with this key id. */
  public boolean verifyApiKey(Centre centre, String keyId, String apiKey) {
    Optional<IntegrationCredential> credential = active(centre, keyId);
    // Hash even for an unknown key id, so timing does not tell which key ids exist.
    String stored = credential.map(IntegrationCredential::apiKeySha256).orElse("");
    return ApiKeys.matches(apiKey, stored) && credential.isPresent();
  }

  /** The HMAC secret of an active credential of this centre; empty if there is none. */
  public Optional<byte[]> signingSecret(Centre centre, String keyId) {
    return active(centre, keyId)
        .map(c -> sealing.open(c.sealedSigningSecret(), associatedData(centre, keyId)));
  }

  public Optional<IntegrationCredential> byKeyId(String keyId) {
    return em.createNamedQuery(IntegrationCredential.BY_KEY_ID, IntegrationCredential.class)
        .setParameter("keyId", keyId)
        .getResultStream()
        .findFirst();
  }

  private Optional<IntegrationCredential> active(Centre centre, String keyId) {
    if (centre == null || keyId == null) {
      return Optional.empty();
    }
    return byKeyId(keyId).filter(c -> c.getCentre() == centre && c.isActive());
  }

  /** Binds a sealed secret to its centre and key id. */
  static String associatedData(Centre centre, String keyId) {
    return centre.name() + ":" + keyId;
  }
}
