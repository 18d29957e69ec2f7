package cn.cq.police.idcard.proxies.control;

import cn.cq.police.idcard.proxies.entity.PolicyCondition;
import cn.cq.police.idcard.proxies.entity.RefusalReason;
import cn.cq.police.idcard.proxies.entity.Relationship;
import java.util.Objects;
import java.util.Set;

/**
 * Who may apply on an applicant's behalf and under what circumstances.
 *
 * @param requiresUndertaking the proxy signs a written undertaking (承诺书)
 * @param requiresVideoCall the applicant is identified over a video call
 */
public record EligibilityRule(
    String code,
    Set<Relationship> allowedRelationships,
    PolicyCondition condition,
    boolean requiresUndertaking,
    boolean requiresVideoCall) {

  /** Below this age an applicant counts as a minor for proxy purposes. */
  private static final int MINOR_AGE_LIMIT = 16;

  public EligibilityRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(condition, "condition");
    allowedRelationships = Set.copyOf(allowedRelationships);
  }

  /** Checks in {@link RefusalReason} order and reports the first that fails. */
  public ProxyDecision decide(ProxyCase c) {
    Objects.requireNonNull(c, "case");
    if (!allowedRelationships.contains(c.relationship())) {
      return ProxyDecision.refuse(RefusalReason.RELATIONSHIP_NOT_ALLOWED);
    }
    switch (condition) {
      case NONE -> {}
      case MINOR_OR_DISABLED -> {
        if (c.applicantAge() >= MINOR_AGE_LIMIT && !c.applicantDisabledOrBedridden()) {
          return ProxyDecision.refuse(RefusalReason.APPLICANT_NOT_MINOR_OR_DISABLED);
        }
      }
      case ABROAD_EXPIRED_RENEWAL -> {
        if (!c.applicantAbroad()) {
          return ProxyDecision.refuse(RefusalReason.NOT_ABROAD);
        }
        if (!c.expiredCardRenewal()) {
          return ProxyDecision.refuse(RefusalReason.NOT_EXPIRED_RENEWAL);
        }
      }
    }
    return ProxyDecision.accept();
  }
}
