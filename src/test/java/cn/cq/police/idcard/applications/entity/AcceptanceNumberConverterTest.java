package cn.cq.police.idcard.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcceptanceNumberConverterTest {

  private final AcceptanceNumberConverter converter = new AcceptanceNumberConverter();

  @Test
  void roundTripsThroughTheColumnValue() {
    AcceptanceNumber number = AcceptanceNumber.of("500103510001", LocalDate.of(2026, 11, 25), 7);

    String column = converter.convertToDatabaseColumn(number);

    assertEquals("500103510001202611250007", column);
    assertEquals(number, converter.convertToEntityAttribute(column));
  }

  @Test
  void passesNullThrough() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @Test
  void rejectsCorruptColumnValues() {
    assertThrows(
        IllegalArgumentException.class, () -> converter.convertToEntityAttribute("SPBSEED00001"));
  }
}
