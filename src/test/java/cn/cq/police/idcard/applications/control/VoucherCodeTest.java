package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VoucherCodeTest {

  static final AcceptanceNumber N7 = AcceptanceNumber.parse("500103510001202511250007");
  static final AcceptanceNumber N8 = AcceptanceNumber.parse("500103510001202511250008");

  private final VoucherCode codes =
      new VoucherCode("a-secret-of-at-least-16-bytes".getBytes(StandardCharsets.UTF_8));

  @Test
  void codeIsEightBase32CharactersAndStable() {
    String code = codes.codeFor(N7);

    assertTrue(code.matches("[A-Z2-7]{8}"), code);
    assertEquals(code, codes.codeFor(N7));
    assertNotEquals(code, codes.codeFor(N8));
  }

  @Test
  void ownCodeVerifiesAlsoWhenTypedInLowerCase() {
    String code = codes.codeFor(N7);

    assertTrue(codes.verifies(N7, code));
    assertTrue(codes.verifies(N7, code.toLowerCase()));
  }

  @Test
  void tamperedCodeIsRefused() {
    String code = codes.codeFor(N7);
    char last = code.charAt(7);
    String tampered = code.substring(0, 7) + (last == 'A' ? 'B' : 'A');

    assertFalse(codes.verifies(N7, tampered));
    assertFalse(codes.verifies(N7, code.substring(0, 7)));
    assertFalse(codes.verifies(N7, code + "A"));
    assertFalse(codes.verifies(N7, null));
  }

  @Test
  void codeOfAnotherAcceptanceNumberIsRefused() {
    String code = codes.codeFor(N7);

    assertFalse(codes.verifies(N8, code));
  }

  @Test
  void codeOfAnotherSecretIsRefused() {
    VoucherCode other =
        new VoucherCode("another-secret-of-16-bytes-or-more".getBytes(StandardCharsets.UTF_8));

    assertFalse(codes.verifies(N7, other.codeFor(N7)));
  }

  @Test
  void qrContentRoundTrips() {
    String code = codes.codeFor(N7);
    String content = VoucherCode.qrContent(N7, code);

    assertEquals("IDCARD-PICKUP|500103510001202511250007|" + code, content);
    assertEquals(Optional.of(new VoucherCode.Scan(N7, code)), VoucherCode.parse(content));
  }

  @Test
  void garbageDoesNotParse() {
    for (String garbage :
        new String[] {
          null,
          "",
          "hello",
          "https://example.com/?q=1",
          "IDCARD-PICKUP|500103510001202511250007",
          "IDCARD-PICKUP||ABCDEFGH",
          "IDCARD-PICKUP|500103510001202511250007|abcdefgh",
          "IDCARD-PICKUP|500103510001202511250007|ABCDEFG1",
          "IDCARD-PICKUP|500103510001202511250007|ABCDEFGH|extra",
          "OTHER|500103510001202511250007|ABCDEFGH",
          // The middle is no acceptance number: no date, a day that does not exist, sequence 0.
          "IDCARD-PICKUP|500103|ABCDEFGH",
          "IDCARD-PICKUP|500103510001202502300007|ABCDEFGH",
          "IDCARD-PICKUP|500103510001202511250000|ABCDEFGH",
          "IDCARD-PICKUP| 500103510001202511250007|ABCDEFGH"
        }) {
      assertEquals(Optional.empty(), VoucherCode.parse(garbage), garbage);
    }
  }

  @Test
  void shortSecretsAndCodesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new VoucherCode(new byte[8]));
    assertThrows(IllegalArgumentException.class, () -> VoucherCode.qrContent(N7, "short"));
  }

  @Test
  void aTypedNumberWithSpacesOrDashesHasTheSameCode() {
    assertEquals(
        codes.codeFor(N7), codes.codeFor(AcceptanceNumber.parse("500103510001-20251125-0007")));
  }
}
