package cn.cq.police.idcard.receipts.entity;

/** Sex as encoded in the parity of a citizen ID number's sequence code. */
public enum Sex {
  MALE,
  FEMALE
}
