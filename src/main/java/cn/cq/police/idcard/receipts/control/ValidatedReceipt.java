package cn.cq.police.idcard.receipts.control;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.PhotoCheck;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import java.time.LocalDate;

/** A receipt that passed every intake rule, with its photo and the hash of its content. */
public record ValidatedReceipt(
    ReceiptNumber receiptNumber,
    CitizenIdNumber citizenIdNumber,
    String name,
    String ethnicityCode,
    String householdRegionCode,
    String householdAddress,
    LocalDate issueDate,
    PhotoCheck photoCheck,
    String photoSha256,
    String centreSignature,
    byte[] jpeg) {

  /** See {@link ReceiptContent}: decides "already present" versus "conflict". */
  public String contentSha256() {
    return ReceiptContent.sha256(
        receiptNumber.value(),
        citizenIdNumber.value(),
        name,
        ethnicityCode,
        householdRegionCode,
        householdAddress,
        issueDate,
        photoCheck.name(),
        photoSha256);
  }

  @Override
  public String toString() {
    return "ValidatedReceipt[receiptNumber=" + receiptNumber + "]";
  }
}
