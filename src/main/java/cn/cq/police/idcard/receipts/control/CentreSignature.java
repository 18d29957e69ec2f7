package cn.cq.police.idcard.receipts.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The detection centre signs each receipt's content (number, citizen ID number, photo hash) with
 * its Ed25519 private key; a station verifies with the centre's public key, so a station can detect
 * a swapped or altered photo but cannot forge one.
 */
public final class CentreSignature {

  private static final String ALGORITHM = "Ed25519";

  private final PublicKey centreKey;

  public CentreSignature(PublicKey centreKey) {
    this.centreKey = centreKey;
  }

  /** Whether the photo is the one the centre hashed and the signature covers that hash. */
  public boolean verifies(
      String signedContent, String declaredSha256, String signature, byte[] jpeg) {
    if (jpeg == null || !sha256Hex(jpeg).equals(declaredSha256)) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(ALGORITHM);
      verifier.initVerify(centreKey);
      verifier.update(signedContent.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException notAValidSignature) {
      return false;
    }
  }

  public static String sign(PrivateKey centrePrivateKey, String signedContent) {
    try {
      Signature signer = Signature.getInstance(ALGORITHM);
      signer.initSign(centrePrivateKey);
      signer.update(signedContent.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing is not available", e);
    }
  }

  public static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  public static PublicKey publicKey(String base64X509) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509.trim())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not an Ed25519 public key (X.509, Base64)", e);
    }
  }

  public static PrivateKey privateKey(String base64Pkcs8) {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8.trim())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not an Ed25519 private key (PKCS#8, Base64)", e);
    }
  }
}
