package cn.cq.police.idcard.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.PhotoCheck;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The look-up log keeps the household region of the receipt shown, never anything of the typed ID
 * number.
 */
class ReceiptLookupEntryTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 15, 10, 0);
  static final String ID = CitizenIdNumber.of("500235", LocalDate.of(1980, 1, 2), 17).value();

  /** A Chongqing household holding a Sichuan number from before 1997. */
  static Receipt oldSichuanNumberLivingIn(String householdRegion) {
    return new Receipt(
        ReceiptNumber.parse("5001031234567890"),
        CitizenIdNumber.of("510221", LocalDate.of(1960, 3, 4), 21),
        "刘强",
        "01",
        householdRegion,
        "重庆市渝中区民族路1号",
        LocalDate.of(2026, 3, 1),
        PhotoCheck.PASSED,
        "ab".repeat(32),
        "c2ln",
        NOW.minusDays(14));
  }

  @Test
  void keepsTheHouseholdRegionOfTheReceiptShownNotOfTheIdNumber() {
    ReceiptLookupEntry entry =
        new ReceiptLookupEntry(
            1,
            2,
            ReceiptNumber.tryParse("5001031234567890"),
            oldSichuanNumberLivingIn("500103"),
            "USABLE",
            NOW);
    assertEquals("500103", entry.getHouseholdRegionCode());
    assertEquals(ReceiptNumber.parse("5001031234567890"), entry.getReceiptNumber());
    assertEquals("USABLE", entry.getOutcome());
  }

  @Test
  void aLookUpThatShowedNoReceiptHasNoHouseholdRegion() {
    ReceiptLookupEntry entry =
        new ReceiptLookupEntry(
            1, 2, ReceiptNumber.tryParse("5001031234567890"), null, "ID_MISMATCH", NOW);
    assertNull(entry.getHouseholdRegionCode());
  }

  @Test
  void anIdNumberTypedIntoTheReceiptFieldIsNotKept() {
    ReceiptLookupEntry entry =
        new ReceiptLookupEntry(1, 2, ReceiptNumber.tryParse(ID), null, "UNKNOWN_RECEIPT", NOW);
    assertNull(entry.getReceiptNumber());
  }
}
