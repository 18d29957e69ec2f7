package cn.cq.police.idcard.applications.entity;

/** Why fingerprints were not registered (未注册). */
public enum FingerprintException {
  INJURY,
  DISABILITY,
  PROXY
}
