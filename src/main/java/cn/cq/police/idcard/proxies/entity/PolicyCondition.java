package cn.cq.police.idcard.proxies.entity;

/** The circumstance of the applicant under which a proxy rule lets someone else apply. */
public enum PolicyCondition {
  /** Any family member may act, whatever the applicant's circumstances. */
  NONE,
  /** Only for an applicant under 16, or one who is disabled or bedridden. */
  MINOR_OR_DISABLED,
  /** Only to renew the expired card of an applicant who is abroad. */
  ABROAD_EXPIRED_RENEWAL
}
