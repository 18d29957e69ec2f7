package cn.cq.police.idcard.proxies.control;

import cn.cq.police.idcard.proxies.entity.EligibilityPolicy;
import cn.cq.police.idcard.proxies.entity.PolicyCondition;
import cn.cq.police.idcard.proxies.entity.Relationship;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The proxy rules the counter is seeded with. */
public final class EligibilityRules {

  private EligibilityRules() {}

  /** The lenient 2006 practice: any family member may apply for anyone. */
  public static EligibilityRule anyFamily2006() {
    return new EligibilityRule(
        "ANY_FAMILY_2006", EnumSet.allOf(Relationship.class), PolicyCondition.NONE, false, false);
  }

  /** Only a guardian, for a minor or a disabled or bedridden applicant; a parent is a guardian. */
  public static EligibilityRule guardianOnly() {
    return new EligibilityRule(
        "GUARDIAN_ONLY",
        EnumSet.of(Relationship.GUARDIAN, Relationship.PARENT),
        PolicyCondition.MINOR_OR_DISABLED,
        true,
        false);
  }

  /** Since 2021 a near relative may renew the expired card of an applicant who is abroad. */
  public static EligibilityRule nearRelativeAbroad2021() {
    Set<Relationship> nearRelatives =
        Arrays.stream(Relationship.values())
            .filter(Relationship::isNearRelative)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Relationship.class)));
    return new EligibilityRule(
        "NEAR_RELATIVE_ABROAD_2021",
        nearRelatives,
        PolicyCondition.ABROAD_EXPIRED_RENEWAL,
        true,
        true);
  }

  /** The rule a station's configured policy stands for. */
  public static EligibilityRule from(EligibilityPolicy policy) {
    return new EligibilityRule(
        policy.getCode(),
        policy.allowedRelationships(),
        policy.getCondition(),
        policy.isRequiresUndertaking(),
        policy.isRequiresVideoCall());
  }

  public static List<EligibilityRule> seeded() {
    return List.of(anyFamily2006(), guardianOnly(), nearRelativeAbroad2021());
  }
}
