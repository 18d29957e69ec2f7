package cn.cq.police.idcard.applications.entity;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptNumberConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One look-up of a receipt at a counter, for the supervisor's signals (receipts looked up but never
 * used, look-ups outside the station's jurisdiction) and the time from look-up to submit. Keeps
 * nothing of the typed ID number, and the receipt number only when it was well formed, so a number
 * typed into the wrong field is not kept.
 *
 * <p>The household region is the receipt's, not the ID number's first six digits: those say where
 * the number was first issued (another province for anyone born there, Sichuan for a Chongqing
 * number from before 1997), not which station's jurisdiction the household belongs to.
 */
@Entity
@Table(name = "receipt_lookup")
public class ReceiptLookupEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "station_id", nullable = false)
  private Long stationId;

  @Column(name = "staff_id", nullable = false)
  private Long staffId;

  @Convert(converter = ReceiptNumberConverter.class)
  @Column(name = "receipt_number", length = 20)
  private ReceiptNumber receiptNumber;

  /** The receipt when the look-up found it and may show it; null otherwise. */
  @Column(name = "receipt_id")
  private Long receiptId;

  /** The receipt's household region, null when no receipt was shown. */
  @Column(name = "household_region_code", length = 6)
  private String householdRegionCode;

  @Column(nullable = false, length = 30)
  private String outcome;

  @Column(name = "looked_up_at", nullable = false)
  private LocalDateTime lookedUpAt;

  protected ReceiptLookupEntry() {}

  /**
   * @param receiptNumber the receipt number, empty when the input was malformed
   * @param shown the receipt when the look-up found it and may show it (it belongs to the typed ID
   *     number), else null: its id and household region are kept
   */
  public ReceiptLookupEntry(
      long stationId,
      long staffId,
      Optional<ReceiptNumber> receiptNumber,
      Receipt shown,
      String outcome,
      LocalDateTime lookedUpAt) {
    this.stationId = stationId;
    this.staffId = staffId;
    // An ID number typed into the receipt field has the shape of a receipt number too: drop it.
    this.receiptNumber =
        receiptNumber.filter(n -> CitizenIdNumber.tryParse(n.value()).isEmpty()).orElse(null);
    this.receiptId = shown == null ? null : shown.getId();
    this.householdRegionCode = shown == null ? null : shown.getHouseholdRegionCode();
    this.outcome = outcome;
    this.lookedUpAt = lookedUpAt;
  }

  public Long getId() {
    return id;
  }

  public ReceiptNumber getReceiptNumber() {
    return receiptNumber;
  }

  public String getHouseholdRegionCode() {
    return householdRegionCode;
  }

  public String getOutcome() {
    return outcome;
  }

  public LocalDateTime getLookedUpAt() {
    return lookedUpAt;
  }
}
