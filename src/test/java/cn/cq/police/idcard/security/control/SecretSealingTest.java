package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.feeds.control.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSealingTest {

  static final byte[] MASTER = ApiKeys.randomBytes(32);

  SecretSealing cut = new SecretSealing(CryptoSuite.INTERNATIONAL, MASTER);

  @Test
  void aSealedSecretOpensWithTheSameKeyAndAssociatedData() {
    byte[] secret = ApiKeys.newSigningSecret();
    String sealed = cut.seal(secret, "DETECTION_CENTRE:dc-0011223344ff");
    assertArrayEquals(secret, cut.open(sealed, "DETECTION_CENTRE:dc-0011223344ff"));
    assertArrayEquals(
        secret,
        SecretSealing.fromBase64(
                CryptoSuite.INTERNATIONAL, Base64.getEncoder().encodeToString(MASTER))
            .open(sealed, "DETECTION_CENTRE:dc-0011223344ff"));
  }

  @Test
  void theSealedFormRevealsNothingAndDiffersEachTime() {
    byte[] secret = "the-signing-secret".getBytes(StandardCharsets.UTF_8);
    String first = cut.seal(secret, "aad");
    String second = cut.seal(secret, "aad");
    assertNotEquals(first, second);
    assertFalse(
        new String(Base64.getDecoder().decode(first), StandardCharsets.ISO_8859_1)
            .contains("signing"));
  }

  @Test
  void anotherKeyAnotherRowOrAChangedByteDoNotOpen() {
    byte[] secret = ApiKeys.newSigningSecret();
    String sealed = cut.seal(secret, "PRODUCTION_CENTRE:pc-1");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SecretSealing(CryptoSuite.INTERNATIONAL, ApiKeys.randomBytes(32))
                .open(sealed, "PRODUCTION_CENTRE:pc-1"));
    assertThrows(IllegalArgumentException.class, () -> cut.open(sealed, "PRODUCTION_CENTRE:pc-2"));
    byte[] bytes = Base64.getDecoder().decode(sealed);
    bytes[bytes.length - 1] ^= 1;
    String tampered = Base64.getEncoder().encodeToString(bytes);
    assertThrows(
        IllegalArgumentException.class, () -> cut.open(tampered, "PRODUCTION_CENTRE:pc-1"));
    assertThrows(IllegalArgumentException.class, () -> cut.open("not base64!", "x"));
    assertThrows(IllegalArgumentException.class, () -> cut.open("AAAA", "x"));
  }

  @Test
  void onlyAesKeysAreAccepted() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SecretSealing(CryptoSuite.NATIONAL, new byte[20]));
    assertThrows(
        IllegalArgumentException.class,
        () -> SecretSealing.fromBase64(CryptoSuite.NATIONAL, "not a key"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SecretSealing.fromBase64(CryptoSuite.INTERNATIONAL, null));
  }

  @Test
  void theDemoMasterKeyIsUsable() throws Exception {
    java.util.Properties config = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
      config.load(in);
    }
    SecretSealing demo =
        SecretSealing.fromBase64(
            CryptoSuite.NATIONAL, config.getProperty("security.credentials-master-key"));
    assertArrayEquals(new byte[] {1, 2, 3}, demo.open(demo.seal(new byte[] {1, 2, 3}, "a"), "a"));
  }

  @Test
  void apiKeysAreVerifiedByTheirHashOnly() {
    String apiKey = ApiKeys.newApiKey();
    String stored = ApiKeys.sha256Hex(apiKey);
    assertEquals(64, stored.length());
    assertFalse(stored.contains(apiKey));
    assertTrue(ApiKeys.matches(apiKey, stored));
    assertFalse(ApiKeys.matches(apiKey + "x", stored));
    assertFalse(ApiKeys.matches(ApiKeys.newApiKey(), stored));
    assertFalse(ApiKeys.matches(null, stored));
    assertFalse(ApiKeys.matches(apiKey, ""));
    assertTrue(ApiKeys.newKeyId("dc").matches("dc-[0-9a-f]{12}"));
    assertNotEquals(ApiKeys.newApiKey(), ApiKeys.newApiKey());
  }
}
