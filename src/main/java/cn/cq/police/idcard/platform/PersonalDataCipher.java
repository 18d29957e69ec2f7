package cn.cq.police.idcard.platform;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Encryption at rest of personal data (citizen ID numbers, names, addresses, telephone numbers,
 * photos), as the entities' converters and the bulk JDBC writers need it. The implementation is the
 * security component's keyring; this interface lets entities of every component use it without
 * depending on that component.
 *
 * <p>The {@code column} names what the value is ({@code citizen-id}, {@code name}, …): it is the
 * associated data of the seal, so a sealed value does not open in another kind of column.
 */
public interface PersonalDataCipher {

  /** The value sealed under the current key ({@code k2:…}); null stays null. */
  String seal(String clear, String column);

  /**
   * The clear value; a value without a key id (a row written before encryption at rest and not yet
   * re-sealed by the rotation) is returned as it is.
   *
   * @throws IllegalArgumentException under a key the keyring does not hold, or changed since
   */
  String open(String stored, String column);

  /** Bytes sealed under the current key: the key id in ASCII, {@code :}, IV, ciphertext, tag. */
  byte[] seal(byte[] clear, String column);

  /** The clear bytes; bytes that do not start with a key id held here are returned as they are. */
  byte[] open(byte[] stored, String column);

  /**
   * The blind index of a normalised citizen ID number: a keyed MAC under its own key, so equal
   * numbers have equal index values and nobody without the key can compute one from a number.
   */
  String index(String normalisedIdNumber);

  /** The application's keyring, for converters (which the persistence provider instantiates). */
  static PersonalDataCipher current() {
    return CDI.current().select(PersonalDataCipher.class).get();
  }
}
