package cn.cq.police.idcard.review.entity;

/** What a supervisor (or, for a resubmission, a clerk) decided about an application. */
public enum Decision {
  APPROVED,
  RETURNED,
  RESUBMITTED,
  FLAGGED,
  EXEMPTION_APPROVED,
  EXEMPTION_REFUSED,
  PAYMENT_VOIDED,
  CARRIED_OVER
}
