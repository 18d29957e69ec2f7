package cn.cq.police.idcard.temporary.control;

import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.temporary.entity.TemporaryCardReason;
import java.io.Serializable;

/**
 * Everything the clerk has entered for one temporary card.
 *
 * @param receiptNumber and {@code idNumber}: the look-up keys, checked again under a lock
 * @param submissionToken chosen when the form was shown; a retry with it returns the same card
 * @param reasonNote the clerk's words, required for {@link TemporaryCardReason#OTHER}
 * @param handedOverAtOnce the applicant signed and took the card at the counter
 */
public record TemporaryCardRequest(
    String receiptNumber,
    String idNumber,
    String submissionToken,
    TemporaryCardReason reason,
    String reasonNote,
    PaymentMethod paymentMethod,
    String feeReceiptNumber,
    boolean handedOverAtOnce)
    implements Serializable {}
