package cn.cq.police.idcard.security.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The algorithms the product protects data with, chosen once per installation ({@code
 * security.crypto-suite}): the international set (AES-GCM, HMAC-SHA-256, SHA-256, Ed25519) or the
 * Chinese national set that a level-3 assessment of commercial cryptography (GB/T 39786-2021)
 * expects (SM4-GCM, HMAC-SM3, SM3, SM2 with SM3). Every caller goes through one suite, so switching
 * is configuration, not code.
 *
 * <p>Keys are configured once as bytes and serve both suites: the international suite uses an AES
 * key as given (16, 24 or 32 bytes); the national one derives its 128-bit SM4 key from it with
 * HMAC-SM3, since SM4 has only that size. Sealed form: a fresh 96-bit IV, then ciphertext with a
 * 128-bit tag.
 */
public enum CryptoSuite {
  INTERNATIONAL("AES/GCM/NoPadding", "AES", "HmacSHA256", "SHA-256", "Ed25519", "Ed25519") {
    @Override
    byte[] cipherKey(byte[] configuredKey) {
      return configuredKey;
    }

    @Override
    KeyPairGenerator signingKeyGenerator() throws GeneralSecurityException {
      return KeyPairGenerator.getInstance(keyAlgorithm);
    }

    @Override
    Provider provider() {
      return null;
    }
  },
  NATIONAL("SM4/GCM/NoPadding", "SM4", "HMACSM3", "SM3", "SM3withSM2", "EC") {
    @Override
    byte[] cipherKey(byte[] configuredKey) {
      // Derived once per configured key, not for every value.
      return SM4_KEYS.computeIfAbsent(
          ByteBuffer.wrap(configuredKey.clone()),
          key -> Arrays.copyOf(mac(configuredKey, SM4_KEY_LABEL), 16));
    }

    @Override
    KeyPairGenerator signingKeyGenerator() throws GeneralSecurityException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, provider());
      generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
      return generator;
    }

    @Override
    Provider provider() {
      return BOUNCY_CASTLE;
    }
  };

  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
  private static final Map<ByteBuffer, byte[]> SM4_KEYS = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] SM4_KEY_LABEL = "idcard SM4 key".getBytes(StandardCharsets.UTF_8);
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Queue<Cipher> ciphers = new ConcurrentLinkedQueue<>();
  private final String transformation;
  private final String cipherAlgorithm;
  private final String macAlgorithm;
  private final String digestAlgorithm;
  private final String signatureAlgorithm;
  final String keyAlgorithm;

  CryptoSuite(
      String transformation,
      String cipherAlgorithm,
      String macAlgorithm,
      String digestAlgorithm,
      String signatureAlgorithm,
      String keyAlgorithm) {
    this.transformation = transformation;
    this.cipherAlgorithm = cipherAlgorithm;
    this.macAlgorithm = macAlgorithm;
    this.digestAlgorithm = digestAlgorithm;
    this.signatureAlgorithm = signatureAlgorithm;
    this.keyAlgorithm = keyAlgorithm;
  }

  abstract byte[] cipherKey(byte[] configuredKey);

  abstract KeyPairGenerator signingKeyGenerator() throws GeneralSecurityException;

  /** Bouncy Castle for the national algorithms, the JDK's own (and its AES-NI) otherwise. */
  abstract Provider provider();

  /** The suite a setting names: {@code international} or {@code national}, in any case. */
  public static CryptoSuite named(String setting) {
    try {
      return valueOf(setting.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalArgumentException(
          "security.crypto-suite must be international or national, not " + setting);
    }
  }

  /** Refuses a configured key that is not an AES key, whichever suite it will serve. */
  public static void checkKey(byte[] configuredKey) {
    if (configuredKey == null
        || (configuredKey.length != 16
            && configuredKey.length != 24
            && configuredKey.length != 32)) {
      throw new IllegalArgumentException("A key must be 16, 24 or 32 bytes");
    }
  }

  /** IV followed by ciphertext and tag; the associated data binds it to where it is stored. */
  public byte[] seal(byte[] configuredKey, byte[] plain, byte[] associatedData) {
    checkKey(configuredKey);
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = cipher();
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(cipherKey(configuredKey), cipherAlgorithm),
          new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plain);
      ciphers.offer(cipher);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(transformation + " is not available", e);
    }
  }

  /**
   * What {@link #seal} sealed with this key and associated data.
   *
   * @throws IllegalArgumentException under another key or associated data, or changed since
   */
  public byte[] open(byte[] configuredKey, byte[] sealed, byte[] associatedData) {
    checkKey(configuredKey);
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException("Sealed value too short");
    }
    try {
      Cipher cipher = cipher();
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(cipherKey(configuredKey), cipherAlgorithm),
          new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      cipher.updateAAD(associatedData);
      byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
      ciphers.offer(cipher);
      return plain;
    } catch (AEADBadTagException tampered) {
      throw new IllegalArgumentException("Sealed value does not open with this key", tampered);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(transformation + " is not available", e);
    }
  }

  public byte[] mac(byte[] key, byte[] data) {
    try {
      Mac mac =
          provider() == null
              ? Mac.getInstance(macAlgorithm)
              : Mac.getInstance(macAlgorithm, provider());
      mac.init(new SecretKeySpec(key, macAlgorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(macAlgorithm + " is not available", e);
    }
  }

  public byte[] digest(byte[] data) {
    try {
      return (provider() == null
              ? MessageDigest.getInstance(digestAlgorithm)
              : MessageDigest.getInstance(digestAlgorithm, provider()))
          .digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(digestAlgorithm + " is not available", e);
    }
  }

  public byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = signature();
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot sign with this key under " + this, e);
    }
  }

  public boolean verifies(PublicKey key, byte[] data, byte[] signatureBytes) {
    try {
      Signature signature = signature();
      signature.initVerify(key);
      signature.update(data);
      return signature.verify(signatureBytes);
    } catch (java.security.SignatureException malformed) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot verify with this key under " + this, e);
    }
  }

  /** A new signing key pair: Ed25519, or SM2 on the curve sm2p256v1. */
  public KeyPair newSigningKeys() {
    try {
      return signingKeyGenerator().generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(signatureAlgorithm + " keys cannot be made", e);
    }
  }

  /** A private signing key from its PKCS#8 encoding in Base64. */
  public PrivateKey privateKey(String pkcs8Base64) {
    try {
      return keyFactory()
          .generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Not a " + this + " private key (PKCS#8, Base64)", e);
    }
  }

  /** A public signing key from its X.509 encoding in Base64. */
  public PublicKey publicKey(String x509Base64) {
    try {
      return keyFactory()
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(x509Base64.strip())));
    } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Not a " + this + " public key (X.509, Base64)", e);
    }
  }

  /** A name for documents and anchors, e.g. {@code SM4-GCM/HMAC-SM3/SM2}. */
  public String label() {
    return this == NATIONAL ? "SM4-GCM/HMAC-SM3/SM2" : "AES-GCM/HMAC-SHA256/Ed25519";
  }

  /**
   * A cipher object of this suite's transformation: one given back after use, else a new one.
   * Looking a transformation up costs more than a short value's whole encryption; a cipher is
   * re-initialised with key and IV for every use, and one that failed is not given back.
   */
  private Cipher cipher() throws GeneralSecurityException {
    Cipher pooled = ciphers.poll();
    if (pooled != null) {
      return pooled;
    }
    return provider() == null
        ? Cipher.getInstance(transformation)
        : Cipher.getInstance(transformation, provider());
  }

  private Signature signature() throws GeneralSecurityException {
    return provider() == null
        ? Signature.getInstance(signatureAlgorithm)
        : Signature.getInstance(signatureAlgorithm, provider());
  }

  private KeyFactory keyFactory() throws GeneralSecurityException {
    return provider() == null
        ? KeyFactory.getInstance(keyAlgorithm)
        : KeyFactory.getInstance(keyAlgorithm, provider());
  }
}
