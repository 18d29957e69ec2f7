package cn.cq.police.idcard.receipts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.security.control.TestKeyrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestKeyrings.Installed.class)
class CitizenIdNumberConverterTest {

  private final CitizenIdNumberConverter converter = new CitizenIdNumberConverter();
  private final CitizenIdIndexConverter index = new CitizenIdIndexConverter();

  @Test
  void roundTripsThroughTheSealedColumnValue() {
    CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002x");

    String column = converter.convertToDatabaseColumn(id);

    assertTrue(column.startsWith("k1:"));
    assertFalse(column.contains("11010519491231002"));
    assertNotEquals(column, converter.convertToDatabaseColumn(id), "a fresh IV every time");
    assertEquals(id, converter.convertToEntityAttribute(column));
  }

  @Test
  void readsAValueStoredBeforeEncryptionAtRestAsItIs() {
    assertEquals(
        CitizenIdNumber.parse("11010519491231002X"),
        converter.convertToEntityAttribute("11010519491231002X"));
  }

  @Test
  void theIndexIsTheSameForTheSameNumberAndOneWay() {
    CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002x");
    String indexed = index.convertToDatabaseColumn(id);
    assertEquals(32, indexed.length());
    assertEquals(
        indexed, index.convertToDatabaseColumn(CitizenIdNumber.parse(" 11010519491231002X")));
    assertNull(index.convertToEntityAttribute(indexed));
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
    String sealed = converter.convertToDatabaseColumn(CitizenIdNumber.parse("11010519491231002X"));
    assertThrows(
        IllegalArgumentException.class,
        () -> converter.convertToEntityAttribute(sealed.replace("k1:", "k9:")));
  }
}
