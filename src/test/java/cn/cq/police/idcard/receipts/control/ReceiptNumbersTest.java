package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"5020261101000001", " 5020 2611 0100 0001 ", "5020-2611-0100-0001"})
  void spacesAndDashesPeopleTypeAreForgiven(String input) {
    assertEquals(Optional.of("5020261101000001"), ReceiptNumbers.normalize(input));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cq2026110100a1"})
  void lowerCaseLettersAreUpperCased(String input) {
    assertEquals(Optional.of("CQ2026110100A1"), ReceiptNumbers.normalize(input));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "123456789",
        "123456789012345678901",
        "' or 1=1 --",
        "<script>alert(1)</script>",
        "50202611010000０1",
        "5020261101;drop"
      })
  void anythingElseIsNotAReceiptNumber(String input) {
    assertTrue(ReceiptNumbers.normalize(input).isEmpty());
  }
}
