package cn.cq.police.idcard.receipts.entity;

/** Where a receipt stands in its own life; expiry is derived from the issue date, not stored. */
public enum ReceiptStatus {
  /** Delivered by the detection centre and not yet used for an application. */
  AVAILABLE,
  /** An application has been accepted with it; a receipt serves one application only. */
  USED,
  /** Withdrawn by the detection centre; it can no longer be used at any counter. */
  REVOKED
}
