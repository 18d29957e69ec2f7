package cn.cq.police.idcard.fees.entity;

/** A fee exemption (低保 households) waits for a supervisor's decision. */
public enum ExemptionStatus {
  PENDING,
  APPROVED,
  REFUSED
}
