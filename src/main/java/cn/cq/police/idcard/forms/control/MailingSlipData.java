package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import java.time.LocalDate;

/**
 * The 居民身份证邮寄单 the clerk prints for a card delivered by post (邮寄送证) and attaches to the parcel.
 * Sender and recipient only: the applicant's ID number is not on it, a courier's label travels
 * through many hands.
 *
 * @param senderName 寄件人: the station, as its unit is named
 * @param senderAddress the station's street address
 * @param recipientAddress the region's name (重庆市…区) followed by the detail typed at the counter
 * @param trackingNumber 快递单号, once recorded; null before (the slip is printed before posting)
 */
public record MailingSlipData(
    String senderName,
    String senderAddress,
    String recipientName,
    String recipientPhone,
    String recipientAddress,
    AcceptanceNumber acceptanceNumber,
    String trackingNumber,
    LocalDate printedOn) {

  /** 内件: one card, never more (one application, one parcel). */
  public static final String CONTENTS = "居民身份证 1 张";
}
