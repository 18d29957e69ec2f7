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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
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

  @Inject
  @ConfigProperty(name = "demo.data.enabled", defaultValue = "false")
  boolean demo;

  private byte[] macKey;
  private PrivateKey signingKey;
  private PublicKey verifyingKey;

  @PostConstruct
  void init() {
    macKey = macKey(macKeySetting);
    signingKey = key(privateKeySetting, suite()::privateKey, "private-key");
    verifyingKey = key(publicKeySetting, suite()::publicKey, "public-key");
    if (signingKey != null && verifyingKey != null) {
      byte[] probe = "idcard audit anchor key pair".getBytes(StandardCharsets.UTF_8);
      if (!suite().verifies(verifyingKey, probe, suite().sign(signingKey, probe))) {
        throw new IllegalStateException(
            "audit.anchor.public-key does not belong to audit.anchor.private-key");
      }
    }
  }

  /**
   * A configured key of the suite. The published demo pair is Ed25519: in demo mode under the
   * national suite the demo's SM2 pair ({@code demo.audit.anchor.national.*}) stands in for it, so
   * the one-command demo runs under either suite. Outside demo mode a key of another suite stops
   * the deployment.
   */
  private <K> K key(Optional<String> setting, Function<String, K> parse, String which) {
    Optional<String> value = setting.filter(s -> !s.isBlank());
    if (value.isEmpty()) {
      return null;
    }
    try {
      return parse.apply(value.get());
    } catch (IllegalArgumentException otherSuite) {
      String demoSetting =
          "demo.audit.anchor." + suite().name().toLowerCase(Locale.ROOT) + "." + which;
      return parse.apply(
          ConfigProvider.getConfig()
              .getOptionalValue(demoSetting, String.class)
              .filter(demoValue -> demo)
              .orElseThrow(() -> otherSuite));
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
