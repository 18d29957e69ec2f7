package cn.cq.police.idcard.fees.entity;

/**
 * Why the fee is waived or halved (居民身份证法 art. 20 and the fee notice issued with it): holders of
 * the urban minimum living allowance (城市低保) and rural residents in special hardship (农村特殊生活困难) pay
 * nothing; other residents in real hardship pay half. All three only for a first application or a
 * renewal (申领、换领), never for the replacement of a lost card (补领).
 */
public enum FeeRelief {
  /** 领取城市最低生活保障金: exempt. */
  MINIMUM_LIVING_ALLOWANCE(false),
  /** 农村特殊生活困难: exempt. */
  RURAL_HARDSHIP(false),
  /** 其他生活确有困难: half the fee. */
  OTHER_HARDSHIP(true);

  private final boolean halves;

  FeeRelief(boolean halves) {
    this.halves = halves;
  }

  /** Whether the fee is halved rather than waived. */
  public boolean halves() {
    return halves;
  }

  /** The fee that remains to be paid. */
  public Amount applyTo(Amount fee) {
    return halves ? Amount.ofFen(fee.fen() / 2) : Amount.ZERO;
  }
}
