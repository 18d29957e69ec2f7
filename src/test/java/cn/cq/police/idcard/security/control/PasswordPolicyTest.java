package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  static final Predicate<String> NEVER_USED = candidate -> false;

  PasswordPolicy cut = new PasswordPolicy(10);

  @Test
  void aLongPasswordFromThreeClassesIsAccepted() {
    assertEquals(List.of(), cut.check("yuzhong.clerk", "Chongqing2027", NEVER_USED));
    assertEquals(List.of(), cut.check("yuzhong.clerk", "chongqing-2027", NEVER_USED));
    assertEquals(List.of(), cut.check("yuzhong.clerk", "重庆解放碑Ab12345", NEVER_USED));
  }

  @Test
  void theMinimumLengthIsInclusiveAndCountsCharactersNotBytes() {
    assertEquals(List.of(), cut.check("a.user", "Abcdefgh1!", NEVER_USED));
    assertEquals(List.of(PasswordProblem.TOO_SHORT), cut.check("a.user", "Abcdefg1!", NEVER_USED));
    assertEquals(List.of(), new PasswordPolicy(5).check("x.y", "重庆A1b", NEVER_USED));
    assertEquals(
        List.of(PasswordProblem.TOO_SHORT),
        new PasswordPolicy(6).check("x.y", "重庆A1b", NEVER_USED));
  }

  @Test
  void twoCharacterClassesAreTooFew() {
    assertEquals(
        List.of(PasswordProblem.TOO_FEW_CHARACTER_CLASSES),
        cut.check("a.user", "chongqing2027", NEVER_USED));
    assertEquals(
        List.of(PasswordProblem.TOO_FEW_CHARACTER_CLASSES),
        cut.check("a.user", "CHONGQINGabc", NEVER_USED));
    assertEquals(4, PasswordPolicy.characterClasses("aB3!"));
    assertEquals(1, PasswordPolicy.characterClasses("重庆重庆"));
  }

  @Test
  void theUserNameMustNotBeInsideInAnyCase() {
    assertEquals(
        List.of(PasswordProblem.CONTAINS_USERNAME),
        cut.check("yuzhong.clerk", "My-YUZHONG.Clerk-1", NEVER_USED));
    assertEquals(List.of(), cut.check("yuzhong.clerk", "My-YUZHONG-Clerk-1", NEVER_USED));
  }

  @Test
  void everyBrokenRuleIsReported() {
    assertEquals(
        List.of(
            PasswordProblem.TOO_SHORT,
            PasswordProblem.TOO_FEW_CHARACTER_CLASSES,
            PasswordProblem.CONTAINS_USERNAME),
        cut.check("abc", "abcabc", NEVER_USED));
    assertEquals(
        List.of(PasswordProblem.TOO_SHORT, PasswordProblem.TOO_FEW_CHARACTER_CLASSES),
        cut.check("abc", null, NEVER_USED));
  }

  @Test
  void longerThanTheLoginFormAcceptsIsRefused() {
    String tooLong = "Aa1!".repeat(25) + "x";
    assertEquals(List.of(PasswordProblem.TOO_LONG), cut.check("a.user", tooLong, NEVER_USED));
  }

  @Test
  void aRecentPasswordIsRefusedAndHistoryIsAskedOnlyWhenEverythingElseHolds() {
    AtomicInteger asked = new AtomicInteger();
    Predicate<String> recent =
        candidate -> {
          asked.incrementAndGet();
          return candidate.equals("Chongqing2026");
        };
    assertEquals(
        List.of(PasswordProblem.RECENTLY_USED), cut.check("a.user", "Chongqing2026", recent));
    assertEquals(List.of(), cut.check("a.user", "Chongqing2027", recent));
    assertEquals(2, asked.get());
    cut.check("a.user", "short", recent);
    assertEquals(2, asked.get());
  }

  @Test
  void theMinimumLengthMustBeSensible() {
    assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(0));
    assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(101));
  }

  @Test
  void temporaryPasswordsPassThePolicyAndDiffer() {
    String first = TemporaryPasswords.generate();
    assertEquals(TemporaryPasswords.LENGTH, first.length());
    for (int i = 0; i < 200; i++) {
      String temporary = TemporaryPasswords.generate();
      assertEquals(List.of(), cut.check("a.user", temporary, NEVER_USED), temporary);
      assertFalse(temporary.matches(".*[0O1lI].*"), temporary);
    }
    assertTrue(!first.equals(TemporaryPasswords.generate()));
  }
}
