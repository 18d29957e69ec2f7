package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The answer to one look-up: the outcome, and, where the outcome allows the clerk to see it, the
 * receipt with its photo and the facts that explain the outcome.
 *
 * @param idNumberProblem why the typed ID number is not valid, for {@code INVALID_ID_NUMBER}
 * @param validUntil last day the receipt can be used
 * @param blockingAcceptanceNumber the application that used the receipt or is in progress
 */
public record ReceiptLookup(
    LookupOutcome outcome,
    InvalidCitizenIdNumberException.Reason idNumberProblem,
    Receipt receipt,
    byte[] photo,
    LocalDate validUntil,
    AcceptanceNumber blockingAcceptanceNumber)
    implements Serializable {

  public static ReceiptLookup refused(LookupOutcome outcome) {
    return new ReceiptLookup(outcome, null, null, null, null, null);
  }

  public static ReceiptLookup invalidIdNumber(InvalidCitizenIdNumberException.Reason problem) {
    return new ReceiptLookup(LookupOutcome.INVALID_ID_NUMBER, problem, null, null, null, null);
  }

  public static ReceiptLookup of(
      LookupOutcome outcome,
      Receipt receipt,
      byte[] photo,
      LocalDate validUntil,
      AcceptanceNumber blockingAcceptanceNumber) {
    return outcome.showsApplicant()
        ? new ReceiptLookup(outcome, null, receipt, photo, validUntil, blockingAcceptanceNumber)
        : refused(outcome);
  }

  /** The same answer without the photo's bytes, to be kept once the photo has been shown. */
  public ReceiptLookup withoutPhoto() {
    return new ReceiptLookup(
        outcome, idNumberProblem, receipt, null, validUntil, blockingAcceptanceNumber);
  }

  public boolean showsApplicant() {
    return receipt != null;
  }

  /** The photo as a data URI, so it reaches only the clerk who looked it up with both keys. */
  public String photoDataUri() {
    return ReceiptPhoto.dataUri(photo);
  }
}
