package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.fees.entity.Amount;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The 收费凭证 for the 居民身份证工本费.
 *
 * @param stationName 收费单位
 * @param receiptNumber number of this fee receipt
 * @param acceptanceNumber 受理号 of the application paid for
 * @param payerName 交款人
 * @param feeKind the kind of fee in words, e.g. "首次申领", "换领", "补领", "临时居民身份证"
 * @param amount amount charged; zero when exempted
 * @param paymentMethod "现金", "银行卡", "微信支付" or "支付宝"; null when exempted
 * @param exemptionReason why the fee was waived, printed as "低保免收：<reason>", or null
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
    String exemptionReason,
    LocalDate paidOn,
    String clerkName) {

  public FeeReceiptData {
    Objects.requireNonNull(amount, "amount");
    // A receipt that shows an exemption and an amount would contradict itself.
    if (exemptionReason != null && !amount.isZero()) {
      throw new IllegalArgumentException("An exempted fee is 0 yuan, not " + amount);
    }
  }

  public boolean exempted() {
    return exemptionReason != null;
  }
}
