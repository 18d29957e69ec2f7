package cn.cq.police.idcard.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals personal data the database keeps but need not read (a notice's mobile number) under the
 * personal-data key, which lives in configuration, never in the database. A sealed value names its
 * key ({@code k1:…}) so a later key can be introduced beside the old one; it is bound to its row by
 * the associated data (e.g. the application's id), so it cannot be copied to another row.
 */
@ApplicationScoped
public class PersonalDataSealing {

  private static final char SEPARATOR = ':';

  @Inject
  @ConfigProperty(name = "security.personal-data-key")
  String keyBase64;

  @Inject
  @ConfigProperty(name = "security.personal-data-key-id", defaultValue = "k1")
  String keyId;

  @Inject Cryptography cryptography;

  private SecretSealing sealing;

  @PostConstruct
  void init() {
    if (keyId.isBlank() || keyId.indexOf(SEPARATOR) >= 0) {
      throw new IllegalArgumentException("security.personal-data-key-id must be a short word");
    }
    sealing = SecretSealing.fromBase64(cryptography.suite(), keyBase64);
  }

  public String seal(String value, String boundTo) {
    return keyId + SEPARATOR + sealing.seal(value.getBytes(StandardCharsets.UTF_8), boundTo);
  }

  /**
   * The value sealed for this row.
   *
   * @throws IllegalArgumentException under another key, for another row, or changed since
   */
  public String open(String sealed, String boundTo) {
    int separator = sealed.indexOf(SEPARATOR);
    if (separator < 0 || !sealed.substring(0, separator).equals(keyId)) {
      throw new IllegalArgumentException("Sealed under a key this instance does not hold");
    }
    return new String(
        sealing.open(sealed.substring(separator + 1), boundTo), StandardCharsets.UTF_8);
  }
}
