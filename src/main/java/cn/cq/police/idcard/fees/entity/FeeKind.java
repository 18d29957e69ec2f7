package cn.cq.police.idcard.fees.entity;

/** What a fee is charged for; each kind has its own tariff history. */
public enum FeeKind {
  FIRST_APPLICATION,
  RENEWAL,
  LOST_OR_DAMAGED,
  TEMPORARY
}
