package cn.cq.police.idcard.applications.entity;

import cn.cq.police.idcard.fees.entity.FeeKind;

/**
 * Why a citizen applies for a card, as the counter clerk records it. Finer than the three official
 * reasons on the form because fees and proxy rules depend on the difference.
 */
public enum ApplicationType {
  /** 首次申领. */
  FIRST_APPLICATION(OfficialReason.APPLY, FeeKind.FIRST_APPLICATION),
  /** 到期换领. */
  RENEWAL_ON_EXPIRY(OfficialReason.RENEW, FeeKind.RENEWAL),
  /** 信息变更换领. */
  DATA_CHANGE(OfficialReason.RENEW, FeeKind.RENEWAL),
  /** 损坏换领: officially a renewal, but charged like a lost card. */
  DAMAGED(OfficialReason.RENEW, FeeKind.LOST_OR_DAMAGED),
  /** 丢失补领. */
  LOST(OfficialReason.REISSUE, FeeKind.LOST_OR_DAMAGED);

  private final OfficialReason officialReason;
  private final FeeKind feeKind;

  ApplicationType(OfficialReason officialReason, FeeKind feeKind) {
    this.officialReason = officialReason;
    this.feeKind = feeKind;
  }

  public OfficialReason officialReason() {
    return officialReason;
  }

  public FeeKind feeKind() {
    return feeKind;
  }

  /**
   * Whether the fee may be waived or halved (FeeRelief): for a first application or a renewal of
   * any kind (申领、换领), never for the replacement of a lost card (补领).
   */
  public boolean allowsFeeRelief() {
    return officialReason != OfficialReason.REISSUE;
  }
}
