package cn.cq.police.idcard.security.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Seals secrets for storage under a master key with the installation's {@link CryptoSuite} (AES-GCM
 * or SM4-GCM): a fresh 96-bit IV per secret, a 128-bit tag, and associated data (e.g. the key id)
 * that binds a sealed value to its row, so it cannot be copied to another credential. Sealed form:
 * Base64 of IV followed by ciphertext.
 */
public final class SecretSealing {

  private final CryptoSuite suite;
  private final byte[] masterKey;

  public SecretSealing(CryptoSuite suite, byte[] masterKey) {
    CryptoSuite.checkKey(masterKey);
    this.suite = suite;
    this.masterKey = masterKey.clone();
  }

  /** From the configured Base64 text, refusing anything that is not an AES-sized key. */
  public static SecretSealing fromBase64(CryptoSuite suite, String masterKeyBase64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(masterKeyBase64.strip());
    } catch (IllegalArgumentException | NullPointerException notBase64) {
      throw new IllegalArgumentException("The master key is not Base64 of 16, 24 or 32 bytes");
    }
    return new SecretSealing(suite, key);
  }

  public String seal(byte[] secret, String associatedData) {
    return Base64.getEncoder()
        .encodeToString(
            suite.seal(masterKey, secret, associatedData.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The secret, if the sealed value was made with this master key and associated data.
   *
   * @throws IllegalArgumentException if it was not, or was changed since
   */
  public byte[] open(String sealedBase64, String associatedData) {
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(sealedBase64);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("Sealed secret is not Base64");
    }
    return suite.open(masterKey, sealed, associatedData.getBytes(StandardCharsets.UTF_8));
  }
}
