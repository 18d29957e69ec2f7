package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CentreSignatureTest {

  static final KeyPair CENTRE = keyPair();
  static final byte[] PHOTO = "jpeg bytes".getBytes(StandardCharsets.UTF_8);
  static final String SHA = CentreSignature.sha256Hex(PHOTO);
  static final String CONTENT = "5020261101000001|500103199005171234|" + SHA;

  static KeyPair keyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  final CentreSignature cut = new CentreSignature(CENTRE.getPublic());

  @Test
  void sha256IsLowerCaseHexOfTheKnownDigest() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        CentreSignature.sha256Hex(new byte[0]));
  }

  @Test
  void aPhotoSignedByTheCentreVerifies() {
    String signature = CentreSignature.sign(CENTRE.getPrivate(), CONTENT);
    assertTrue(cut.verifies(CONTENT, SHA, signature, PHOTO));
  }

  @Test
  void signaturesAreTheJdksEd25519BothWays() throws Exception {
    // A centre signing with any RFC 8032 implementation (here the JDK's) is understood, and ours
    // is the same deterministic signature the JDK makes.
    java.security.Signature jdk = java.security.Signature.getInstance("Ed25519");
    jdk.initSign(CENTRE.getPrivate());
    jdk.update(CONTENT.getBytes(StandardCharsets.UTF_8));
    String byJdk = Base64.getEncoder().encodeToString(jdk.sign());
    assertTrue(cut.signatureVerifies(CONTENT, byJdk));
    assertEquals(byJdk, CentreSignature.sign(CENTRE.getPrivate(), CONTENT));
  }

  @Test
  void aSwappedPhotoFailsEvenWithAValidSignature() {
    String signature = CentreSignature.sign(CENTRE.getPrivate(), CONTENT);
    byte[] other = "another photo".getBytes(StandardCharsets.UTF_8);
    assertFalse(cut.verifies(CONTENT, SHA, signature, other));
  }

  @Test
  void contentSignedByAnotherKeyOrChangedFails() {
    String foreign = CentreSignature.sign(keyPair().getPrivate(), CONTENT);
    assertFalse(cut.verifies(CONTENT, SHA, foreign, PHOTO));
    String signature = CentreSignature.sign(CENTRE.getPrivate(), CONTENT);
    assertFalse(cut.verifies(CONTENT.replace("1234", "1235"), SHA, signature, PHOTO));
  }

  @Test
  void garbageSignaturesAndMissingPhotosFailQuietly() {
    assertFalse(cut.verifies(CONTENT, SHA, "not base64 at all!", PHOTO));
    assertFalse(cut.verifies(CONTENT, SHA, "AAAA", PHOTO));
    assertFalse(
        cut.verifies(CONTENT, SHA, CentreSignature.sign(CENTRE.getPrivate(), CONTENT), null));
  }

  @Test
  void keysRoundTripThroughBase64Configuration() {
    String publicKey = Base64.getEncoder().encodeToString(CENTRE.getPublic().getEncoded());
    String privateKey = Base64.getEncoder().encodeToString(CENTRE.getPrivate().getEncoded());
    String signature = CentreSignature.sign(CentreSignature.privateKey(privateKey), CONTENT);
    assertTrue(
        new CentreSignature(CentreSignature.publicKey(publicKey))
            .verifies(CONTENT, SHA, signature, PHOTO));
    assertThrows(IllegalArgumentException.class, () -> CentreSignature.publicKey("nonsense"));
  }
}
