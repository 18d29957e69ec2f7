package cn.cq.police.idcard.demo.control;

/** What a demo receipt is meant to demonstrate at the counter of the station it is listed under. */
public enum DemoReceiptState {
  /** Valid and unused: the counter can start an application with it. */
  USABLE,
  /** Issued longer ago than the receipt validity period. */
  EXPIRED,
  /** The photo did not pass the quality check when the receipt was issued. */
  PHOTO_FAILED,
  /** An application already exists for this receipt. */
  USED,
  /** Withdrawn by the issuing side. */
  REVOKED,
  /** The household region belongs to another station's district. */
  OTHER_JURISDICTION,
  /** The loader corrupts the photo bytes after signing, so the signature check must fail. */
  INTEGRITY_BROKEN,
  /**
   * Usable in itself, but the same person has an earlier, used receipt whose application is still
   * in progress; see {@link DemoDataGenerator#earlierReceiptOf(DemoReceipt)}.
   */
  APPLICATION_IN_PROGRESS
}
