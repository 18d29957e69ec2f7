package cn.cq.police.idcard.fees.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AmountConverterTest {

  private final AmountConverter converter = new AmountConverter();

  @Test
  void roundTripsThroughTheFenColumn() {
    Amount amount = Amount.parseYuan("40.05");

    Long column = converter.convertToDatabaseColumn(amount);

    assertEquals(4005L, column);
    assertEquals(amount, converter.convertToEntityAttribute(column));
    assertEquals(Amount.ZERO, converter.convertToEntityAttribute(0L));
  }

  @Test
  void passesNullThrough() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @Test
  void rejectsANegativeColumnValue() {
    assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute(-1L));
  }
}
