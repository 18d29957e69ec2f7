package cn.cq.police.idcard.security.control;

/** What keeps a password from being tried now: nothing, the typed name's lock, or the address's. */
public enum LoginLock {
  NONE,
  NAME,
  ADDRESS
}
