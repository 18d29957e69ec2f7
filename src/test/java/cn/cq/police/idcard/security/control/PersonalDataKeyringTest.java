package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersonalDataKeyringTest {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void valuesNameTheirKeyHideTheValueAndOpenOnlyAsTheirColumn(CryptoSuite suite) {
    PersonalDataKeyring ring = TestKeyrings.of(suite, 1);
    String sealed = ring.seal("张三丰", "name");
    assertTrue(sealed.startsWith("k1:"));
    assertFalse(sealed.contains("张三"));
    assertNotEquals(sealed, ring.seal("张三丰", "name"), "a fresh IV every time");
    assertEquals("张三丰", ring.open(sealed, "name"));
    assertThrows(IllegalArgumentException.class, () -> ring.open(sealed, "address"));

    byte[] photo = ring.seal(JPEG, "photo");
    assertEquals("k1:", new String(photo, 0, 3, StandardCharsets.US_ASCII));
    assertArrayEquals(JPEG, ring.open(photo, "photo"));
    assertThrows(IllegalArgumentException.class, () -> ring.open(photo, "name"));
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void aRotatedKeyringOpensOldAndNewAndSealsUnderTheNewKey(CryptoSuite suite) {
    PersonalDataKeyring before = TestKeyrings.of(suite, 1);
    PersonalDataKeyring during = TestKeyrings.of(suite, 2);
    String old = before.seal("500101199001011234", "citizen-id");
    byte[] oldPhoto = before.seal(JPEG, "photo");
    assertEquals("500101199001011234", during.open(old, "citizen-id"));
    assertArrayEquals(JPEG, during.open(oldPhoto, "photo"));
    assertFalse(during.isCurrent(old));
    assertFalse(during.isCurrent(oldPhoto));
    String renewed = during.seal("500101199001011234", "citizen-id");
    assertTrue(renewed.startsWith("k2:"));
    assertTrue(during.isCurrent(renewed));
    assertThrows(
        IllegalArgumentException.class,
        () -> before.open(renewed, "citizen-id"),
        "a key the keyring does not hold is an error, not a value shown as stored");
    assertThrows(
        IllegalArgumentException.class, () -> before.open(during.seal(JPEG, "photo"), "photo"));
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void theBlindIndexIsKeyedStableAcrossDataKeysAndNotTheNumber(CryptoSuite suite) {
    PersonalDataKeyring one = TestKeyrings.of(suite, 1);
    PersonalDataKeyring two = TestKeyrings.of(suite, 2);
    String index = one.index("500101199001011234");
    assertEquals(32, index.length());
    assertTrue(index.matches("[0-9a-f]{32}"));
    assertEquals(index, two.index("500101199001011234"), "a data-key rotation keeps the index");
    assertNotEquals(index, one.index("500101199001011242"));
    PersonalDataKeyring otherIndexKey =
        new PersonalDataKeyring(
            suite, Map.of("k1", TestKeyrings.key(1)), "k1", TestKeyrings.key(98));
    assertNotEquals(index, otherIndexKey.index("500101199001011234"));
    assertNotEquals(
        TestKeyrings.of(CryptoSuite.INTERNATIONAL, 1).index("500101199001011234"),
        TestKeyrings.of(CryptoSuite.NATIONAL, 1).index("500101199001011234"),
        "HMAC-SHA256 and HMAC-SM3 differ");
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void clearValuesOfAnOlderDatabaseAreReadAsTheyAre(CryptoSuite suite) {
    PersonalDataKeyring ring = TestKeyrings.of(suite, 1);
    assertEquals("500101199001011234", ring.open("500101199001011234", "citizen-id"));
    assertEquals("重庆市渝中区解放碑1号", ring.open("重庆市渝中区解放碑1号", "address"));
    assertArrayEquals(JPEG, ring.open(JPEG, "photo"));
    assertFalse(ring.isCurrent("500101199001011234"));
    assertFalse(ring.isCurrent(JPEG));
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void settingsNameTheCurrentAndTheRetiredKeys(CryptoSuite suite) {
    String k1 = Base64.getEncoder().encodeToString(TestKeyrings.key(1));
    String k2 = Base64.getEncoder().encodeToString(TestKeyrings.key(2));
    String index = Base64.getEncoder().encodeToString(TestKeyrings.key(99));
    PersonalDataKeyring old = PersonalDataKeyring.fromSettings(suite, k1, "k1", "", index);
    PersonalDataKeyring rotated =
        PersonalDataKeyring.fromSettings(suite, k2, "k2", " k1=" + k1 + " ,", index);
    assertEquals("k2", rotated.currentKeyId());
    assertEquals("x", rotated.open(old.seal("x", "name"), "name"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PersonalDataKeyring.fromSettings(suite, k2, "k2", "k2=" + k1, index));
    assertThrows(
        IllegalArgumentException.class,
        () -> PersonalDataKeyring.fromSettings(suite, k2, "k:2", "", index));
    assertThrows(
        IllegalArgumentException.class,
        () -> PersonalDataKeyring.fromSettings(suite, k2, "k2", "", "c2hvcnQ="));
  }
}
