package cn.cq.police.idcard.security.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets for storage with AES-GCM under a master key: a fresh 96-bit IV per secret, a
 * 128-bit tag, and associated data (e.g. the key id) that binds a sealed value to its row, so it
 * cannot be copied to another credential. Sealed form: Base64 of IV followed by ciphertext.
 */
public final class SecretSealing {

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey masterKey;

  public SecretSealing(byte[] masterKey) {
    if (masterKey == null
        || (masterKey.length != 16 && masterKey.length != 24 && masterKey.length != 32)) {
      throw new IllegalArgumentException("The master key must be 16, 24 or 32 bytes (AES)");
    }
    this.masterKey = new SecretKeySpec(masterKey, "AES");
  }

  /** From the configured Base64 text, refusing anything that is not an AES key. */
  public static SecretSealing fromBase64(String masterKeyBase64) {
    try {
      return new SecretSealing(Base64.getDecoder().decode(masterKeyBase64.strip()));
    } catch (IllegalArgumentException | NullPointerException notBase64) {
      throw new IllegalArgumentException("The master key is not Base64 of 16, 24 or 32 bytes");
    }
  }

  public String seal(byte[] secret, String associatedData) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret);
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
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
    if (sealed.length <= IV_BYTES) {
      throw new IllegalArgumentException("Sealed secret too short");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (javax.crypto.AEADBadTagException tampered) {
      throw new IllegalArgumentException("Sealed secret does not open with this key", tampered);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
