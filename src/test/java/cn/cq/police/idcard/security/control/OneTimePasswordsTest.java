package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

  /** RFC 6238 appendix B: the SHA-1 seed, 8-digit values cut to their last 6 digits. */
  static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  final byte[] secret = OneTimePasswords.newSecret();

  @Test
  void theCodesAreThoseOfRfc6238() {
    assertEquals("287082", OneTimePasswords.codeAt(RFC_SEED, Instant.ofEpochSecond(59)));
    assertEquals("081804", OneTimePasswords.codeAt(RFC_SEED, Instant.ofEpochSecond(1111111109)));
    assertEquals("005924", OneTimePasswords.codeAt(RFC_SEED, Instant.ofEpochSecond(1234567890)));
    assertEquals("279037", OneTimePasswords.codeAt(RFC_SEED, Instant.ofEpochSecond(2000000000)));
  }

  @Test
  void aCodeOfOneStepEitherSideIsAcceptedNotTwo() {
    Instant now = Instant.ofEpochSecond(1_800_000_015L);
    long step = OneTimePasswords.stepAt(now);
    for (long offset = -1; offset <= 1; offset++) {
      String code = OneTimePasswords.codeOf(secret, step + offset);
      assertEquals(
          OptionalLong.of(step + offset),
          OneTimePasswords.acceptedStep(secret, code, now, Long.MIN_VALUE));
    }
    for (long offset : new long[] {-2, 2}) {
      String code = OneTimePasswords.codeOf(secret, step + offset);
      if (!code.equals(OneTimePasswords.codeOf(secret, step))) {
        assertTrue(OneTimePasswords.acceptedStep(secret, code, now, Long.MIN_VALUE).isEmpty());
      }
    }
  }

  @Test
  void aCodeIsAcceptedOnlyForAStepLaterThanTheLastAcceptedOne() {
    Instant now = Instant.ofEpochSecond(1_800_000_015L);
    long step = OneTimePasswords.stepAt(now);
    String code = OneTimePasswords.codeOf(secret, step);
    long accepted = OneTimePasswords.acceptedStep(secret, code, now, Long.MIN_VALUE).getAsLong();
    // The same code again, also 29 seconds later within its window: a replay.
    assertTrue(OneTimePasswords.acceptedStep(secret, code, now, accepted).isEmpty());
    assertTrue(OneTimePasswords.isReplay(secret, code, now, accepted));
    assertTrue(OneTimePasswords.isReplay(secret, code, now.plusSeconds(29), accepted));
    // An earlier code is no way round it; the next step's code is taken.
    String earlier = OneTimePasswords.codeOf(secret, step - 1);
    assertTrue(OneTimePasswords.acceptedStep(secret, earlier, now, accepted).isEmpty());
    String next = OneTimePasswords.codeOf(secret, step + 1);
    assertEquals(
        OptionalLong.of(step + 1),
        OneTimePasswords.acceptedStep(secret, next, now.plusSeconds(30), accepted));
    assertFalse(OneTimePasswords.isReplay(secret, "000000", now, Long.MIN_VALUE));
  }

  @Test
  void typedTextThatIsNoCodeIsRefusedWithoutAnException() {
    Instant now = Instant.now();
    for (String typed :
        new String[] {null, "", "12345", "1234567", "abcdef", "' or 1=1", "١٢٣٤٥٦"}) {
      assertTrue(OneTimePasswords.acceptedStep(secret, typed, now, Long.MIN_VALUE).isEmpty());
      assertFalse(OneTimePasswords.isReplay(secret, typed, now, Long.MAX_VALUE));
    }
    String spaced = OneTimePasswords.codeAt(secret, now).replaceAll("(\\d{3})", "$1 ");
    assertTrue(OneTimePasswords.acceptedStep(secret, spaced, now, Long.MIN_VALUE).isPresent());
  }

  @Test
  void theSecretGoesToBase32AndBackAndTheKeyUriNamesIssuerAndAccount() {
    assertArrayEquals(secret, OneTimePasswords.fromBase32(OneTimePasswords.base32(secret)));
    assertArrayEquals(
        secret,
        OneTimePasswords.fromBase32(
            OneTimePasswords.base32(secret).toLowerCase().replaceAll("(.{4})", "$1 ")));
    assertThrows(IllegalArgumentException.class, () -> OneTimePasswords.fromBase32("ABC1"));
    assertThrows(IllegalArgumentException.class, () -> OneTimePasswords.fromBase32(null));
    String uri = OneTimePasswords.keyUri("重庆公安身份证受理", "yuzhong.clerk", secret);
    assertTrue(
        uri.startsWith(
            "otpauth://totp/%E9%87%8D%E5%BA%86%E5%85%AC%E5%AE%89%E8%BA%AB%E4%BB%BD%E8%AF%81%E5%8F%97%E7%90%86:yuzhong.clerk?secret="
                + OneTimePasswords.base32(secret)),
        uri);
    assertTrue(uri.endsWith("&algorithm=SHA1&digits=6&period=30"), uri);
  }
}
