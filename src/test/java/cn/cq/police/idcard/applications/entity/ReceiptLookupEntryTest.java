package cn.cq.police.idcard.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The look-up log keeps the household region of the typed ID number, never the number. */
class ReceiptLookupEntryTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 15, 10, 0);
  static final String ID = CitizenIdNumber.of("500235", LocalDate.of(1980, 1, 2), 17).value();

  @Test
  void keepsOnlyTheRegionCodeOfAValidIdNumber() {
    ReceiptLookupEntry entry =
        new ReceiptLookupEntry(
            1, 2, ReceiptNumber.tryParse("5001031234567890"), 7L, ID, "USABLE", NOW);
    assertEquals("500235", entry.getHouseholdRegionCode());
    assertEquals(ReceiptNumber.parse("5001031234567890"), entry.getReceiptNumber());
    assertEquals("USABLE", entry.getOutcome());
  }

  @Test
  void keepsNoRegionOfAnInvalidIdNumber() {
    ReceiptLookupEntry entry =
        new ReceiptLookupEntry(
            1,
            2,
            ReceiptNumber.tryParse("5001031234567890"),
            null,
            "500235",
            "INVALID_ID_NUMBER",
            NOW);
    assertNull(entry.getHouseholdRegionCode());
  }

  @Test
  void anIdNumberTypedIntoTheReceiptFieldIsNotKept() {
    ReceiptLookupEntry entry =
        new ReceiptLookupEntry(1, 2, ReceiptNumber.tryParse(ID), null, ID, "UNKNOWN_RECEIPT", NOW);
    assertNull(entry.getReceiptNumber());
  }
}
