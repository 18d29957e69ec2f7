package cn.cq.police.idcard.security.control;

/** Why a new password is not accepted; each has a message {@code password.problem.<NAME>}. */
public enum PasswordProblem {
  CURRENT_PASSWORD_WRONG,
  LOCKED_OUT,
  NOT_REPEATED_EXACTLY,
  TOO_SHORT,
  TOO_LONG,
  TOO_FEW_CHARACTER_CLASSES,
  CONTAINS_USERNAME,
  RECENTLY_USED
}
