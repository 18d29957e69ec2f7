package cn.cq.police.idcard.fees.entity;

/** What a fee is charged for; each kind has its own tariff history. */
public enum FeeKind {
  FIRST_APPLICATION,
  RENEWAL,
  LOST_OR_DAMAGED,
  TEMPORARY,
  /** 邮寄送证邮费: paid with the card fee when the card is delivered by post. */
  POSTAGE
}
