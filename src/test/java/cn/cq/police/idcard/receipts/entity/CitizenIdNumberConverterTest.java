package cn.cq.police.idcard.receipts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CitizenIdNumberConverterTest {

  private final CitizenIdNumberConverter converter = new CitizenIdNumberConverter();

  @Test
  void roundTripsThroughTheColumnValue() {
    CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002x");

    String column = converter.convertToDatabaseColumn(id);

    assertEquals("11010519491231002X", column);
    assertEquals(id, converter.convertToEntityAttribute(column));
  }

  @Test
  void passesNullThrough() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @Test
  void rejectsCorruptColumnValues() {
    assertThrows(
        InvalidCitizenIdNumberException.class,
        () -> converter.convertToEntityAttribute("110105194912310021"));
  }
}
