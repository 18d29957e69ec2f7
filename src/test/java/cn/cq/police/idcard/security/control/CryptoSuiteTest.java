package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CryptoSuiteTest {

  static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 7);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void sealedDataOpensOnlyWithItsKeyAndAssociatedData(CryptoSuite suite) {
    byte[] sealed = suite.seal(KEY, utf8("500103199001011234"), utf8("receipt:1"));
    assertArrayEquals(utf8("500103199001011234"), suite.open(KEY, sealed, utf8("receipt:1")));
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("5001031990"));
    assertThrows(IllegalArgumentException.class, () -> suite.open(KEY, sealed, utf8("receipt:2")));
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertThrows(
        IllegalArgumentException.class, () -> suite.open(otherKey, sealed, utf8("receipt:1")));
    sealed[sealed.length - 1] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> suite.open(KEY, sealed, utf8("receipt:1")));
  }

  @Test
  void theTwoSuitesDoNotOpenEachOthersData() {
    byte[] sealed = CryptoSuite.NATIONAL.seal(KEY, utf8("x"), utf8("a"));
    assertThrows(
        IllegalArgumentException.class,
        () -> CryptoSuite.INTERNATIONAL.open(KEY, sealed, utf8("a")));
  }

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void signaturesVerifyWithTheirKeyAfterARoundTripThroughTheirEncodings(CryptoSuite suite) {
    KeyPair keys = suite.newSigningKeys();
    var privateKey =
        suite.privateKey(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    var publicKey =
        suite.publicKey(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
    byte[] signature = suite.sign(privateKey, utf8("head 42"));
    assertTrue(suite.verifies(publicKey, utf8("head 42"), signature));
    assertFalse(suite.verifies(publicKey, utf8("head 43"), signature));
    assertFalse(suite.verifies(suite.newSigningKeys().getPublic(), utf8("head 42"), signature));
  }

  @Test
  void theMacsAndDigestsAreTheStandardOnes() {
    // RFC 4231 test case 2 and the SM3 example of GB/T 32905-2016 ("abc").
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        HexFormat.of()
            .formatHex(
                CryptoSuite.INTERNATIONAL.mac(utf8("Jefe"), utf8("what do ya want for nothing?"))));
    assertEquals(
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        HexFormat.of().formatHex(CryptoSuite.NATIONAL.digest(utf8("abc"))));
    assertNotEquals(
        HexFormat.of().formatHex(CryptoSuite.NATIONAL.mac(KEY, utf8("abc"))),
        HexFormat.of().formatHex(CryptoSuite.INTERNATIONAL.mac(KEY, utf8("abc"))));
  }

  @Test
  void aSettingNamesOneSuiteOrIsRefused() {
    assertEquals(CryptoSuite.NATIONAL, CryptoSuite.named(" National "));
    assertEquals(CryptoSuite.INTERNATIONAL, CryptoSuite.named("international"));
    assertThrows(IllegalArgumentException.class, () -> CryptoSuite.named("sm"));
    assertThrows(IllegalArgumentException.class, () -> CryptoSuite.named(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> CryptoSuite.NATIONAL.seal(new byte[8], new byte[1], new byte[0]));
  }
}
