package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.fees.entity.Amount;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The 收费凭证 for the 居民身份证工本费. It exists only for money charged: when nothing was charged (a free
 * first application, an exemption) there is no receipt number and no receipt to hand over.
 *
 * @param stationName 收费单位
 * @param receiptNumber number of this fee receipt
 * @param acceptanceNumber 受理号 of the application paid for
 * @param payerName 交款人
 * @param feeKind the kind of fee in words, e.g. "首次申领", "换领", "补领", "临时居民身份证"
 * @param amount amount charged, never zero
 * @param paymentMethod "现金", "银行卡", "微信支付" or "支付宝"
 * @param paidOn 收费日期
 * @param clerkName 收款人
 */
public record FeeReceiptData(
    String stationName,
    String receiptNumber,
    AcceptanceNumber acceptanceNumber,
    String payerName,
    String feeKind,
    Amount amount,
    String paymentMethod,
    LocalDate paidOn,
    String clerkName) {

  public FeeReceiptData {
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero() || receiptNumber == null || receiptNumber.isBlank()) {
      throw new IllegalArgumentException("Nothing was charged: there is no fee receipt to print");
    }
  }
}
