package cn.cq.police.idcard.applications.entity;

/**
 * Finger positions with the codes of the ID card fingerprint standard (GA 1011): the ten fingers
 * (11-15 right thumb to little finger, 16-20 left) and the three uncertain positions (97-99) for a
 * finger whose position cannot be told, e.g. after an amputation or a malformation.
 */
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
  LEFT_LITTLE(20),
  /** 97 右手不确定指位: a finger of the right hand, which one is not certain. */
  RIGHT_UNCERTAIN(97),
  /** 98 左手不确定指位: a finger of the left hand, which one is not certain. */
  LEFT_UNCERTAIN(98),
  /** 99 其他不确定指位: not even the hand is certain. */
  OTHER_UNCERTAIN(99);

  private final int code;

  FingerPosition(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Whether the code names a group of fingers rather than one finger. */
  public boolean isUncertain() {
    return code >= 97;
  }
}
