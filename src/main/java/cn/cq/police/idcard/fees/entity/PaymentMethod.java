package cn.cq.police.idcard.fees.entity;

/** How a citizen paid at the counter. */
public enum PaymentMethod {
  CASH,
  BANK_CARD,
  WECHAT_PAY,
  ALIPAY
}
