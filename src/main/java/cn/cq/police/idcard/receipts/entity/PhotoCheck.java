package cn.cq.police.idcard.receipts.entity;

/** The detection centre's verdict on the photo against the ID card photo standard. */
public enum PhotoCheck {
  PASSED,
  FAILED
}
