package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.time.LocalDate;

/**
 * One generated receipt with the applicant's data.
 *
 * @param index position in the generated sequence; the same index always yields the same receipt
 * @param stationCode the station at whose counter the receipt is meant to be presented
 * @param portraitSeed seed for {@link PortraitPainter#paintJpeg(long, Sex, int)}
 */
public record DemoReceipt(
    long index,
    String stationCode,
    String receiptNumber,
    CitizenIdNumber idNumber,
    String name,
    Sex sex,
    String ethnicityCode,
    LocalDate birthDate,
    String householdRegionCode,
    String householdAddress,
    LocalDate issueDate,
    boolean photoPassed,
    DemoReceiptState state,
    long portraitSeed) {

  /** Leaves out personal data so that logging a receipt never reveals a full ID number. */
  @Override
  public String toString() {
    return "DemoReceipt[index="
        + index
        + ", receiptNumber="
        + receiptNumber
        + ", idNumber="
        + idNumber.masked()
        + ", state="
        + state
        + "]";
  }
}
