package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.control.VoucherCode;
import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import java.time.LocalDate;

/**
 * The 居民身份证领取凭证 handed to the applicant, with the QR code scanned at collection.
 *
 * @param acceptanceNumber 受理号
 * @param applicantName 申请人姓名
 * @param idNumber the full 公民身份号码; only {@link #maskedIdNumber()} is printed
 * @param promisedPickupDate 承诺领证日期
 * @param stationName 领证地点, the station's name
 * @param stationAddress the station's street address
 * @param officeHours 办公时间 in words, e.g. "周一至周五 9:00—12:00，14:00—17:30"
 * @param verificationCode from {@link VoucherCode#codeFor(AcceptanceNumber)} for this acceptance
 *     number
 * @param progressAddress where residents query the application's progress (the public page)
 */
public record CollectionVoucherData(
    AcceptanceNumber acceptanceNumber,
    String applicantName,
    String idNumber,
    LocalDate promisedPickupDate,
    String stationName,
    String stationAddress,
    String officeHours,
    String verificationCode,
    String progressAddress) {

  /**
   * The ID number with the birth date and sequence hidden: the first six and last four characters
   * stay, e.g. 500103********123X, enough for the clerk to match the card without exposing it.
   */
  public String maskedIdNumber() {
    if (idNumber == null || idNumber.length() <= 10) {
      return idNumber;
    }
    return idNumber.substring(0, 6)
        + "*".repeat(idNumber.length() - 10)
        + idNumber.substring(idNumber.length() - 4);
  }

  /** What the QR code on the voucher encodes. */
  public String qrContent() {
    return VoucherCode.qrContent(acceptanceNumber, verificationCode);
  }
}
