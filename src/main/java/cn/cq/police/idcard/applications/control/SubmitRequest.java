package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.mailing.control.PostalRequest;
import cn.cq.police.idcard.proxies.entity.ProxyDetails;
import java.io.Serializable;

/**
 * Everything the clerk has entered for one application.
 *
 * @param receiptNumber and {@code idNumber}: the look-up keys, checked again under a lock
 * @param submissionToken chosen when the form was shown; a retry with it returns the same result
 * @param proxy null when the applicant came in person
 * @param relief null when the full fee is charged; otherwise why it is waived (a supervisor must
 *     approve) or halved
 * @param reliefReason with a relief: the evidence the clerk saw (低保证号 and the like)
 * @param notice the arrival notice's mobile number and consent; null or blank number: none
 * @param postal null when the card is collected at the station; otherwise where to post it (邮寄送证)
 */
public record SubmitRequest(
    String receiptNumber,
    String idNumber,
    String submissionToken,
    ApplicationType type,
    Fingerprints fingerprints,
    ProxyDetails proxy,
    PaymentMethod paymentMethod,
    String feeReceiptNumber,
    FeeRelief relief,
    String reliefReason,
    NoticeRequest notice,
    PostalRequest postal)
    implements Serializable {

  /** Without an arrival notice, collected at the station. */
  public SubmitRequest(
      String receiptNumber,
      String idNumber,
      String submissionToken,
      ApplicationType type,
      Fingerprints fingerprints,
      ProxyDetails proxy,
      PaymentMethod paymentMethod,
      String feeReceiptNumber,
      FeeRelief relief,
      String reliefReason) {
    this(
        receiptNumber,
        idNumber,
        submissionToken,
        type,
        fingerprints,
        proxy,
        paymentMethod,
        feeReceiptNumber,
        relief,
        reliefReason,
        null,
        null);
  }
}
