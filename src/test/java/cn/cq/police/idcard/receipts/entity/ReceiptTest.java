package cn.cq.police.idcard.receipts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ReceiptTest {

  static final CitizenIdNumber ID = CitizenIdNumber.of("500103", LocalDate.of(1990, 5, 17), 124);

  final Receipt cut =
      new Receipt(
          ReceiptNumber.parse("5020261101000001"),
          ID,
          "李娜",
          "01",
          "500103",
          "重庆市渝中区民族路1号",
          LocalDate.of(2026, 11, 1),
          PhotoCheck.PASSED,
          "ab".repeat(32),
          "c2ln",
          LocalDateTime.of(2026, 11, 1, 9, 0));

  @Test
  void sexAndBirthDateComeFromTheIdNumber() {
    assertEquals(Sex.FEMALE, cut.getSex());
    assertEquals(LocalDate.of(1990, 5, 17), cut.getBirthDate());
    assertEquals(ReceiptStatus.AVAILABLE, cut.getStatus());
  }

  @Test
  void theReceiptIsUsableThroughTheLastDayOfItsValidity() {
    assertEquals(LocalDate.of(2027, 1, 30), cut.validUntil(90));
    assertFalse(cut.isExpiredOn(LocalDate.of(2027, 1, 30), 90));
    assertTrue(cut.isExpiredOn(LocalDate.of(2027, 1, 31), 90));
  }

  @Test
  void itBelongsOnlyToItsOwnIdNumber() {
    assertTrue(cut.belongsTo(CitizenIdNumber.parse(ID.value())));
    assertFalse(cut.belongsTo(CitizenIdNumber.of("500103", LocalDate.of(1990, 5, 17), 126)));
  }

  @Test
  void theSignedContentBindsNumberPersonAndPhotoHash() {
    assertEquals("5020261101000001|" + ID.value() + "|" + "ab".repeat(32), cut.signedContent());
  }
}
