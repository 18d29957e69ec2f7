package cn.cq.police.idcard.temporary.entity;

/** Why the applicant needs a temporary card; each has a label {@code temporary.reason.<NAME>}. */
public enum TemporaryCardReason {
  /** The card is being made: the applicant needs an ID until it can be collected (等待领证). */
  WAITING_FOR_CARD,
  /** The applicant needs an ID at once, for travel, a bank, an exam (急需使用). */
  URGENT_USE,
  /** Anything else; the clerk writes it down (其他). */
  OTHER;

  /** Only "other" needs the clerk's words; the named reasons speak for themselves. */
  public boolean needsNote() {
    return this == OTHER;
  }
}
