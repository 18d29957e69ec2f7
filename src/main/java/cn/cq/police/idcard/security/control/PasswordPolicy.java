package cn.cq.police.idcard.security.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a staff password must be: long enough, from at least three of four character classes (lower
 * case, upper case, digits, anything else), without the account's own name, and none of the
 * account's last {@value #REMEMBERED} passwords.
 */
public final class PasswordPolicy {

  /** How many of an account's passwords, the current one included, cannot be chosen again. */
  public static final int REMEMBERED = 5;

  /** The login form accepts no more (LoginBacking): a longer password could never log in. */
  public static final int MAX_LENGTH = 100;

  static final int REQUIRED_CLASSES = 3;

  private final int minLength;

  public PasswordPolicy(int minLength) {
    if (minLength < 1 || minLength > MAX_LENGTH) {
      throw new IllegalArgumentException("Minimum password length out of range: " + minLength);
    }
    this.minLength = minLength;
  }

  public int minLength() {
    return minLength;
  }

  /**
   * Every rule the candidate breaks, in a fixed order; empty when it is acceptable.
   *
   * @param usedRecently whether the candidate is one of the account's recent passwords; asked only
   *     when every other rule holds, because each answer costs PBKDF2 verifications
   */
  public List<PasswordProblem> check(
      String username, String candidate, Predicate<String> usedRecently) {
    List<PasswordProblem> problems = new ArrayList<>();
    String password = candidate == null ? "" : candidate;
    int length = password.codePointCount(0, password.length());
    if (length < minLength) {
      problems.add(PasswordProblem.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      problems.add(PasswordProblem.TOO_LONG);
    }
    if (characterClasses(password) < REQUIRED_CLASSES) {
      problems.add(PasswordProblem.TOO_FEW_CHARACTER_CLASSES);
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
      problems.add(PasswordProblem.CONTAINS_USERNAME);
    }
    if (problems.isEmpty() && usedRecently.test(password)) {
      problems.add(PasswordProblem.RECENTLY_USED);
    }
    return List.copyOf(problems);
  }

  static int characterClasses(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int codePoint : password.codePoints().toArray()) {
      if (Character.isLowerCase(codePoint)) {
        lower = true;
      } else if (Character.isUpperCase(codePoint)) {
        upper = true;
      } else if (Character.isDigit(codePoint)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }
}
