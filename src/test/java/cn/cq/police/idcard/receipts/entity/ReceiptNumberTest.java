package cn.cq.police.idcard.receipts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"5020261101000001", " 5020 2611 0100 0001 ", "5020-2611-0100-0001"})
  void spacesAndDashesPeopleTypeAreForgiven(String input) {
    assertEquals("5020261101000001", ReceiptNumber.parse(input).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"cq2026110100a1"})
  void lowerCaseLettersAreUpperCased(String input) {
    assertEquals("CQ2026110100A1", ReceiptNumber.parse(input).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890", "12345678901234567890", "ABCDEFGHIJ"})
  void tenToTwentyLettersAndDigitsAreAReceiptNumber(String input) {
    assertEquals(input, ReceiptNumber.parse(input).value());
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
        "5020261101;drop",
        "5020261101_00001"
      })
  void anythingElseIsNotAReceiptNumber(String input) {
    assertEquals(Optional.empty(), ReceiptNumber.tryParse(input));
    assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse(input));
  }

  @Test
  void theMessageOfARefusalDoesNotRepeatTheInput() {
    String typed = "11010519491231002X-and-more-than-twenty";

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.parse(typed));

    assertFalse(e.getMessage().contains("19491231"), e.getMessage());
  }

  @Test
  void equalityIsByTheNormalizedNumber() {
    ReceiptNumber scanned = ReceiptNumber.parse("5020261101000001");

    assertEquals(scanned, ReceiptNumber.parse("5020 2611 0100 0001"));
    assertEquals(scanned.hashCode(), ReceiptNumber.parse("5020-2611-0100-0001").hashCode());
    assertNotEquals(scanned, ReceiptNumber.parse("5020261101000002"));
    assertNotEquals(scanned, "5020261101000001");
  }

  @Test
  void toStringIsTheNumber() {
    assertEquals("CQ2026110100A1", ReceiptNumber.parse("cq2026110100a1").toString());
  }

  @Test
  void ordersAsTheNumbersSort() {
    ReceiptNumber first = ReceiptNumber.parse("5020261101000001");
    ReceiptNumber second = ReceiptNumber.parse("5020261101000002");

    assertTrue(first.compareTo(second) < 0);
    assertEquals(List.of(first, second), List.of(second, first).stream().sorted().toList());
  }
}
