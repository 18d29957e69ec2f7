package cn.cq.police.idcard.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the one-time-password secrets for the database under the credentials master key (the same
 * key as the centres' signing secrets, {@code security.credentials-master-key}), bound to the
 * account's name, so a sealed secret copied to another account does not open.
 */
@ApplicationScoped
public class OneTimePasswordSecrets {

  @Inject
  @ConfigProperty(name = "security.credentials-master-key")
  String masterKey;

  @Inject Cryptography cryptography;

  private SecretSealing sealing;

  @PostConstruct
  void init() {
    sealing = SecretSealing.fromBase64(cryptography.suite(), masterKey);
  }

  public String seal(String username, byte[] secret) {
    return sealing.seal(secret, associatedData(username));
  }

  public byte[] open(String username, String sealed) {
    return sealing.open(sealed, associatedData(username));
  }

  /** What a secret is bound to: its account, so it does not open for another. */
  public static String associatedData(String username) {
    return "totp:" + username;
  }
}
