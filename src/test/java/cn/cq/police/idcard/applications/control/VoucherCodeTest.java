package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoucherCodeTest {

  private final VoucherCode codes =
      new VoucherCode("a-secret-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8));

  @Test
  void codeIsEightBase32CharactersAndStable() {
    String code = codes.codeFor("500103-20251125-0007");

    assertTrue(code.matches("[A-Z2-7]{8}"), code);
    assertEquals(code, codes.codeFor("500103-20251125-0007"));
    assertNotEquals(code, codes.codeFor("500103-20251125-0008"));
  }

  @Test
  void ownCodeVerifiesAlsoWhenTypedInLowerCase() {
    String code = codes.codeFor("500103-20251125-0007");

    assertTrue(codes.verifies("500103-20251125-0007", code));
    assertTrue(codes.verifies("500103-20251125-0007", code.toLowerCase()));
  }

  @Test
  void tamperedCodeIsRefused() {
    String code = codes.codeFor("500103-20251125-0007");
    char last = code.charAt(7);
    String tampered = code.substring(0, 7) + (last == 'A' ? 'B' : 'A');

    assertFalse(codes.verifies("500103-20251125-0007", tampered));
    assertFalse(codes.verifies("500103-20251125-0007", code.substring(0, 7)));
    assertFalse(codes.verifies("500103-20251125-0007", code + "A"));
    assertFalse(codes.verifies("500103-20251125-0007", null));
  }

  @Test
  void codeOfAnotherAcceptanceNumberIsRefused() {
    String code = codes.codeFor("500103-20251125-0007");

    assertFalse(codes.verifies("500103-20251125-0008", code));
  }

  @Test
  void codeOfAnotherSecretIsRefused() {
    VoucherCode other =
        new VoucherCode("another-secret-of-16-bytes-or-more".getBytes(StandardCharsets.UTF_8));

    assertFalse(codes.verifies("500103-20251125-0007", other.codeFor("500103-20251125-0007")));
  }

  @Test
  void qrContentRoundTrips() {
    String code = codes.codeFor("500103-20251125-0007");
    String content = VoucherCode.qrContent("500103-20251125-0007", code);

    assertEquals("IDCARD-PICKUP|500103-20251125-0007|" + code, content);
    assertEquals(
        Optional.of(new VoucherCode.Scan("500103-20251125-0007", code)),
        VoucherCode.parse(content));
  }

  @Test
  void garbageDoesNotParse() {
    for (String garbage :
        new String[] {
          null,
          "",
          "hello",
          "https://example.com/?q=1",
          "IDCARD-PICKUP|500103-20251125-0007",
          "IDCARD-PICKUP||ABCDEFGH",
          "IDCARD-PICKUP|500103-20251125-0007|abcdefgh",
          "IDCARD-PICKUP|500103-20251125-0007|ABCDEFG1",
          "IDCARD-PICKUP|500103-20251125-0007|ABCDEFGH|extra",
          "OTHER|500103-20251125-0007|ABCDEFGH"
        }) {
      assertEquals(Optional.empty(), VoucherCode.parse(garbage), garbage);
    }
  }

  @Test
  void shortSecretsAndSeparatorsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new VoucherCode(new byte[8]));
    assertThrows(IllegalArgumentException.class, () -> codes.codeFor("a|b"));
    assertThrows(IllegalArgumentException.class, () -> VoucherCode.qrContent("x", "short"));
  }
}
