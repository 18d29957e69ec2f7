package cn.cq.police.idcard.receipts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReceiptNumberConverterTest {

  private final ReceiptNumberConverter converter = new ReceiptNumberConverter();

  @Test
  void roundTripsThroughTheColumnValue() {
    ReceiptNumber number = ReceiptNumber.parse("cq-2026-1101-00a1");

    String column = converter.convertToDatabaseColumn(number);

    assertEquals("CQ2026110100A1", column);
    assertEquals(number, converter.convertToEntityAttribute(column));
  }

  @Test
  void passesNullThrough() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @Test
  void rejectsCorruptColumnValues() {
    assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("12"));
  }
}
