package cn.cq.police.idcard.applications.entity;

/** Fingerprint registration as the official registration form records it. */
public enum FingerprintStatus {
  /** 登记指位: two finger positions registered. */
  REGISTERED,
  /** 未登记 — 注册失败: registration was attempted and failed. */
  REGISTRATION_FAILED,
  /** 未登记 — 未注册: not attempted, for the recorded reason. */
  NOT_REGISTERED;

  public boolean isException() {
    return this != REGISTERED;
  }
}
