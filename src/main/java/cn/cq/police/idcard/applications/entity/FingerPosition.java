package cn.cq.police.idcard.applications.entity;

/** Finger positions with the codes of the ID card fingerprint standard (GA 1011). */
public enum FingerPosition {
  RIGHT_THUMB(11),
  RIGHT_INDEX(12),
  RIGHT_MIDDLE(13),
  RIGHT_RING(14),
  RIGHT_LITTLE(15),
  LEFT_THUMB(16),
  LEFT_INDEX(17),
  LEFT_MIDDLE(18),
  LEFT_RING(19),
  LEFT_LITTLE(20);

  private final int code;

  FingerPosition(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
