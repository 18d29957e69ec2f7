package cn.cq.police.idcard.feeds.entity;

/** The external systems that call or are called by the application. */
public enum Centre {
  /** 数码相片质量检测中心: pushes receipts and photos (intake). */
  DETECTION_CENTRE("dc"),
  /** 居民身份证制作中心: receives applications and reports card status (outbox). */
  PRODUCTION_CENTRE("pc"),
  /** 快递公司: takes posted ID cards (邮寄送证) and reports them delivered. */
  COURIER("cr");

  private final String keyPrefix;

  Centre(String keyPrefix) {
    this.keyPrefix = keyPrefix;
  }

  /** Starts every key id of this centre, so a key id alone tells whose it is. */
  public String keyPrefix() {
    return keyPrefix;
  }
}
