package cn.cq.police.idcard.proxies.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.proxies.entity.PolicyCondition;
import cn.cq.police.idcard.proxies.entity.RefusalReason;
import cn.cq.police.idcard.proxies.entity.Relationship;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRulesTest {

  private static final EligibilityRule ANY_FAMILY = EligibilityRules.anyFamily2006();
  private static final EligibilityRule GUARDIAN = EligibilityRules.guardianOnly();
  private static final EligibilityRule ABROAD = EligibilityRules.nearRelativeAbroad2021();

  private static ProxyCase adultAtHome(Relationship relationship, ApplicationType type) {
    return new ProxyCase(relationship, 30, false, false, type == ApplicationType.RENEWAL_ON_EXPIRY);
  }

  private static ProxyCase minor(Relationship relationship, int age) {
    return new ProxyCase(relationship, age, false, false, false);
  }

  private static ProxyCase abroad(Relationship relationship, ApplicationType type) {
    return new ProxyCase(relationship, 40, false, true, type == ApplicationType.RENEWAL_ON_EXPIRY);
  }

  private static void assertRefused(RefusalReason reason, ProxyDecision decision) {
    assertFalse(decision.accepted());
    assertEquals(reason, decision.reason());
  }

  private static void assertAccepted(ProxyDecision decision) {
    assertTrue(decision.accepted());
    assertNull(decision.reason());
  }

  @Test
  void seededRules() {
    assertEquals(List.of(ANY_FAMILY, GUARDIAN, ABROAD), EligibilityRules.seeded());
    assertEquals("ANY_FAMILY_2006", ANY_FAMILY.code());
    assertEquals("GUARDIAN_ONLY", GUARDIAN.code());
    assertEquals("NEAR_RELATIVE_ABROAD_2021", ABROAD.code());
  }

  @Test
  void ruleSettings() {
    assertEquals(EnumSet.allOf(Relationship.class), ANY_FAMILY.allowedRelationships());
    assertEquals(PolicyCondition.NONE, ANY_FAMILY.condition());
    assertFalse(ANY_FAMILY.requiresUndertaking());
    assertFalse(ANY_FAMILY.requiresVideoCall());

    assertEquals(
        EnumSet.of(Relationship.GUARDIAN, Relationship.PARENT), GUARDIAN.allowedRelationships());
    assertEquals(PolicyCondition.MINOR_OR_DISABLED, GUARDIAN.condition());
    assertTrue(GUARDIAN.requiresUndertaking());
    assertFalse(GUARDIAN.requiresVideoCall());

    assertEquals(
        EnumSet.of(
            Relationship.SPOUSE,
            Relationship.PARENT,
            Relationship.CHILD,
            Relationship.SIBLING,
            Relationship.GRANDPARENT,
            Relationship.GRANDCHILD),
        ABROAD.allowedRelationships());
    assertEquals(PolicyCondition.ABROAD_EXPIRED_RENEWAL, ABROAD.condition());
    assertTrue(ABROAD.requiresUndertaking());
    assertTrue(ABROAD.requiresVideoCall());
  }

  @Test
  void allowedRelationshipsCannotBeChangedAfterwards() {
    EnumSet<Relationship> relationships = EnumSet.of(Relationship.SPOUSE);
    EligibilityRule rule =
        new EligibilityRule("X", relationships, PolicyCondition.NONE, false, false);
    relationships.add(Relationship.OTHER_FAMILY);

    assertRefused(
        RefusalReason.RELATIONSHIP_NOT_ALLOWED,
        rule.decide(adultAtHome(Relationship.OTHER_FAMILY, ApplicationType.LOST)));
    assertThrows(
        UnsupportedOperationException.class,
        () -> rule.allowedRelationships().add(Relationship.CHILD));
  }

  @ParameterizedTest
  @EnumSource(Relationship.class)
  void anyFamilyAcceptsEveryRelationshipForAnyApplicant(Relationship relationship) {
    for (ApplicationType type : ApplicationType.values()) {
      assertAccepted(ANY_FAMILY.decide(adultAtHome(relationship, type)));
    }
  }

  @Test
  void guardianOnlyAcceptsAParentOrGuardianOfAMinor() {
    assertAccepted(GUARDIAN.decide(minor(Relationship.PARENT, 10)));
    assertAccepted(GUARDIAN.decide(minor(Relationship.GUARDIAN, 0)));
  }

  @Test
  void guardianOnlyDrawsTheLineAtSixteen() {
    assertAccepted(GUARDIAN.decide(minor(Relationship.PARENT, 15)));
    assertRefused(
        RefusalReason.APPLICANT_NOT_MINOR_OR_DISABLED,
        GUARDIAN.decide(minor(Relationship.PARENT, 16)));
  }

  @Test
  void guardianOnlyAcceptsForADisabledAdult() {
    ProxyCase bedridden = new ProxyCase(Relationship.GUARDIAN, 70, true, false, true);

    assertAccepted(GUARDIAN.decide(bedridden));
  }

  @ParameterizedTest
  @EnumSource(
      value = Relationship.class,
      names = {"GUARDIAN", "PARENT"},
      mode = EnumSource.Mode.EXCLUDE)
  void guardianOnlyRefusesOtherRelationships(Relationship relationship) {
    assertRefused(RefusalReason.RELATIONSHIP_NOT_ALLOWED, GUARDIAN.decide(minor(relationship, 10)));
  }

  @Test
  void guardianOnlyReportsTheRelationshipBeforeTheAge() {
    assertRefused(
        RefusalReason.RELATIONSHIP_NOT_ALLOWED, GUARDIAN.decide(minor(Relationship.SPOUSE, 30)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Relationship.class,
      names = {"GUARDIAN", "OTHER_FAMILY"},
      mode = EnumSource.Mode.EXCLUDE)
  void abroadRuleAcceptsANearRelativeRenewingAnExpiredCard(Relationship relationship) {
    assertAccepted(ABROAD.decide(abroad(relationship, ApplicationType.RENEWAL_ON_EXPIRY)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Relationship.class,
      names = {"GUARDIAN", "OTHER_FAMILY"})
  void abroadRuleRefusesWhoIsNoNearRelative(Relationship relationship) {
    assertRefused(
        RefusalReason.RELATIONSHIP_NOT_ALLOWED,
        ABROAD.decide(abroad(relationship, ApplicationType.RENEWAL_ON_EXPIRY)));
  }

  @Test
  void abroadRuleRefusesAnApplicantAtHome() {
    assertRefused(
        RefusalReason.NOT_ABROAD,
        ABROAD.decide(adultAtHome(Relationship.SPOUSE, ApplicationType.RENEWAL_ON_EXPIRY)));
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationType.class,
      names = {"RENEWAL_ON_EXPIRY"},
      mode = EnumSource.Mode.EXCLUDE)
  void abroadRuleRefusesAnythingButAnExpiredRenewal(ApplicationType type) {
    assertRefused(
        RefusalReason.NOT_EXPIRED_RENEWAL, ABROAD.decide(abroad(Relationship.CHILD, type)));
  }

  @Test
  void abroadRuleReportsAbsenceBeforeApplicationType() {
    assertRefused(
        RefusalReason.NOT_ABROAD,
        ABROAD.decide(adultAtHome(Relationship.CHILD, ApplicationType.LOST)));
  }

  @Test
  void decisionsAreConsistent() {
    assertThrows(
        IllegalArgumentException.class, () -> new ProxyDecision(true, RefusalReason.NOT_ABROAD));
    assertThrows(IllegalArgumentException.class, () -> new ProxyDecision(false, null));
    // A clerk's own finding is never the policy's decision.
    assertThrows(IllegalArgumentException.class, () -> ProxyDecision.refuse(RefusalReason.OTHER));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProxyDecision.refuse(RefusalReason.NOT_ELIGIBLE_UNDER_POLICY));
  }

  @Test
  void aRefusalOffersThePolicysOwnReasonFirstThenTheClerksFindings() {
    ProxyDecision refused = GUARDIAN.decide(minor(Relationship.SPOUSE, 10));
    List<RefusalReason> choices = refused.refusalChoices();
    assertEquals(RefusalReason.RELATIONSHIP_NOT_ALLOWED, choices.get(0));
    assertEquals(RefusalReason.clerkFindings(), choices.subList(1, choices.size()));
    assertEquals(RefusalReason.clerkFindings(), ProxyDecision.accept().refusalChoices());
  }

  @Test
  void negativeAgeIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ProxyCase(Relationship.PARENT, -1, false, false, false));
  }
}
