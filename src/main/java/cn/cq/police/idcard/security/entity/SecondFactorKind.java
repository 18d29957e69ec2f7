package cn.cq.police.idcard.security.entity;

/** The two kinds of second login factor an administrator chooses from for an account. */
public enum SecondFactorKind {
  /** A six-digit code from an authenticator app (RFC 6238), or a recovery code. */
  TOTP,
  /** The station's issued client certificate, presented over TLS. */
  CERTIFICATE
}
