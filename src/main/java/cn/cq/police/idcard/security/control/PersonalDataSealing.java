package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.platform.PersonalDataCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's {@link PersonalDataKeyring}, from configuration (never the database): the
 * current key {@code security.personal-data-key} with its id {@code security.personal-data-key-id},
 * the keys of earlier rotations still read ({@code security.personal-data-retired-keys}) and the
 * blind index's key ({@code security.personal-data-index-key}). Entities seal citizen ID numbers,
 * names, addresses, telephone numbers and photos through it, and the arrival notices a mobile
 * number bound to its application.
 */
@ApplicationScoped
public class PersonalDataSealing implements PersonalDataCipher {

  @Inject
  @ConfigProperty(name = "security.personal-data-key")
  String keyBase64;

  @Inject
  @ConfigProperty(name = "security.personal-data-key-id", defaultValue = "k1")
  String keyId;

  @Inject
  @ConfigProperty(name = "security.personal-data-retired-keys")
  Optional<String> retiredKeys = Optional.empty();

  @Inject
  @ConfigProperty(name = "security.personal-data-index-key")
  String indexKeyBase64;

  @Inject Cryptography cryptography;

  private PersonalDataKeyring keyring;

  @PostConstruct
  void init() {
    keyring =
        PersonalDataKeyring.fromSettings(
            cryptography.suite(), keyBase64, keyId, retiredKeys.orElse(""), indexKeyBase64);
  }

  public PersonalDataKeyring keyring() {
    return keyring;
  }

  /** The value sealed under the current key, bound to a row or column by {@code boundTo}. */
  @Override
  public String seal(String value, String boundTo) {
    return keyring.seal(value, boundTo);
  }

  /**
   * The value sealed for this row or column.
   *
   * @throws IllegalArgumentException under a key not held, for another row, or changed since
   */
  @Override
  public String open(String sealed, String boundTo) {
    return keyring.open(sealed, boundTo);
  }

  @Override
  public byte[] seal(byte[] clear, String column) {
    return keyring.seal(clear, column);
  }

  @Override
  public byte[] open(byte[] stored, String column) {
    return keyring.open(stored, column);
  }

  @Override
  public String index(String normalisedIdNumber) {
    return keyring.index(normalisedIdNumber);
  }
}
