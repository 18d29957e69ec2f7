package cn.cq.police.idcard.review.control;

/** Why a supervisor sends an application back to the clerk. Each has a text in the bundle. */
public enum ReturnReason {
  PHOTO_OR_RECEIPT,
  PERSONAL_DATA,
  PROXY_DOCUMENTS,
  FINGERPRINTS,
  FEE,
  OTHER
}
