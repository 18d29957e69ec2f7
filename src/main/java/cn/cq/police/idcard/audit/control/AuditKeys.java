package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.security.control.CryptoSuite;
import cn.cq.police.idcard.security.control.Cryptography;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit trail's keys, from configuration only: the MAC key that links entries ({@code
 * audit.mac-key}), the private key that signs anchors ({@code audit.anchor.private-key}) and the
 * public key the verifier checks them with ({@code audit.anchor.public-key}). Read once at start: a
 * value that is not a key of the installation's suite stops the deployment.
 */
@ApplicationScoped
public class AuditKeys {

  @Inject Cryptography cryptography;

  @Inject
  @ConfigProperty(name = "audit.mac-key")
  String macKeySetting;

  @Inject
  @ConfigProperty(name = "audit.anchor.private-key")
  Optional<String> privateKeySetting;

  @Inject
  @ConfigProperty(name = "audit.anchor.public-key")
  Optional<String> publicKeySetting;

  private byte[] macKey;
  private PrivateKey signingKey;
  private PublicKey verifyingKey;

  @PostConstruct
  void init() {
    macKey = macKey(macKeySetting);
    signingKey = privateKeySetting.filter(s -> !s.isBlank()).map(suite()::privateKey).orElse(null);
    verifyingKey = publicKeySetting.filter(s -> !s.isBlank()).map(suite()::publicKey).orElse(null);
    if (signingKey != null && verifyingKey != null) {
      byte[] probe = "idcard audit anchor key pair".getBytes(StandardCharsets.UTF_8);
      if (!suite().verifies(verifyingKey, probe, suite().sign(signingKey, probe))) {
        throw new IllegalStateException(
            "audit.anchor.public-key does not belong to audit.anchor.private-key");
      }
    }
  }

  /** The MAC key from its Base64 setting, refused when shorter than 16 bytes. */
  public static byte[] macKey(String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("audit.mac-key is not Base64", notBase64);
    }
    if (key.length < ChainLinks.MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "audit.mac-key must be at least " + ChainLinks.MIN_KEY_BYTES + " bytes (Base64)");
    }
    return key;
  }

  public CryptoSuite suite() {
    return cryptography.suite();
  }

  public ChainLinks links(long keyedFrom) {
    return new ChainLinks(suite(), macKey, keyedFrom);
  }

  /** The anchor signing key; without it no anchor can be made (the verifier still runs). */
  public Optional<PrivateKey> signingKey() {
    return Optional.ofNullable(signingKey);
  }

  public Optional<PublicKey> verifyingKey() {
    return Optional.ofNullable(verifyingKey);
  }
}
