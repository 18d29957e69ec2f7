package cn.cq.police.idcard.security.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Random temporary passwords that an administrator reads out or hands over once. Characters that
 * look alike on paper (0/O, 1/l/I) are left out; every class is present, so the password also
 * passes the policy.
 */
public final class TemporaryPasswords {

  static final int LENGTH = 14;

  private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "@#%+=?";
  private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPasswords() {}

  public static String generate() {
    List<Character> chars = new ArrayList<>(LENGTH);
    chars.add(pick(LOWER));
    chars.add(pick(UPPER));
    chars.add(pick(DIGITS));
    chars.add(pick(SYMBOLS));
    while (chars.size() < LENGTH) {
      chars.add(pick(ALL));
    }
    Collections.shuffle(chars, RANDOM);
    StringBuilder password = new StringBuilder(LENGTH);
    chars.forEach(password::append);
    return password.toString();
  }

  private static char pick(String alphabet) {
    return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
  }
}
