package cn.cq.police.idcard.proxies.control;

/**
 * Why a proxy application is refused. Checks run in declaration order and only the first failure is
 * reported, so the clerk sees one message.
 */
public enum RefusalReason {
  RELATIONSHIP_NOT_ALLOWED,
  APPLICANT_NOT_MINOR_OR_DISABLED,
  NOT_ABROAD,
  NOT_EXPIRED_RENEWAL
}
