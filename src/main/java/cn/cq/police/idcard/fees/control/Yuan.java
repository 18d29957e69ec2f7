package cn.cq.police.idcard.fees.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Conversions between amounts in fen and the ways yuan are written at the counter. */
public final class Yuan {

  // Plain digits only: no sign, exponent or grouping, so what the clerk typed is what is charged.
  private static final Pattern PLAIN_AMOUNT = Pattern.compile("\\d+(\\.\\d{1,2})?");
  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] DIGIT_UNITS = {"", "拾", "佰", "仟"};
  private static final String[] SECTION_UNITS = {"", "万", "亿"};
  // Up to 9999,9999,9999.99 yuan; the section units above go no further.
  private static final long CAPITAL_LIMIT_FEN = 100_000_000_000_000L;

  private Yuan() {}

  /** Fen as yuan with exactly two decimals, e.g. 5 → "0.05", 2000 → "20.00". */
  public static String format(long fen) {
    requireNotNegative(fen);
    return String.format("%d.%02d", fen / 100, fen % 100);
  }

  /**
   * Parses a plain yuan amount with at most two decimals, e.g. "20", "20.5", "0.05".
   *
   * @throws IllegalArgumentException for anything else, including negative amounts, more than two
   *     decimals, signs, exponents and amounts too large for a long
   */
  public static long parseFen(String yuan) {
    if (yuan == null || !PLAIN_AMOUNT.matcher(yuan.strip()).matches()) {
      throw new IllegalArgumentException("Not a yuan amount with at most two decimals: " + yuan);
    }
    try {
      return new BigDecimal(yuan.strip()).movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Yuan amount too large: " + yuan, e);
    }
  }

  /**
   * The amount in Chinese capital numerals as written on fee receipts, following the People's Bank
   * of China rules for 中文大写金额: 零 once for each run of skipped positions, 零 after 元 when the yuan
   * digit is 0 and jiao follow, or when jiao is 0 and fen follow, and 整 only when the amount ends
   * at 元. An amount under one yuan is written without 元, e.g. "伍角" or "伍分"; zero is "零元整".
   */
  public static String chineseCapital(long fen) {
    requireNotNegative(fen);
    if (fen >= CAPITAL_LIMIT_FEN) {
      throw new IllegalArgumentException("Amount too large for a receipt: " + fen + " fen");
    }
    if (fen == 0) {
      return "零元整";
    }
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int fenDigit = (int) (fen % 10);

    StringBuilder text = new StringBuilder();
    if (yuan > 0) {
      text.append(integerCapital(yuan)).append('元');
    }
    if (jiao == 0 && fenDigit == 0) {
      return text.append('整').toString();
    }
    if (jiao > 0) {
      if (yuan > 0 && yuan % 10 == 0) {
        text.append('零');
      }
      text.append(DIGITS.charAt(jiao)).append('角');
    } else if (yuan > 0) {
      text.append('零');
    }
    if (fenDigit > 0) {
      text.append(DIGITS.charAt(fenDigit)).append('分');
    }
    return text.toString();
  }

  private static String integerCapital(long yuan) {
    StringBuilder text = new StringBuilder();
    boolean pendingZero = false;
    for (int section = SECTION_UNITS.length - 1; section >= 0; section--) {
      int sectionValue = (int) (yuan / pow10000(section) % 10_000);
      if (sectionValue == 0) {
        pendingZero |= text.length() > 0;
        continue;
      }
      for (int position = 3; position >= 0; position--) {
        int digit = sectionValue / pow10(position) % 10;
        if (digit == 0) {
          pendingZero |= text.length() > 0;
          continue;
        }
        if (pendingZero) {
          text.append('零');
          pendingZero = false;
        }
        text.append(DIGITS.charAt(digit)).append(DIGIT_UNITS[position]);
      }
      text.append(SECTION_UNITS[section]);
    }
    return text.toString();
  }

  private static long pow10000(int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 10_000;
    }
    return result;
  }

  private static int pow10(int exponent) {
    int result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 10;
    }
    return result;
  }

  private static void requireNotNegative(long fen) {
    if (fen < 0) {
      throw new IllegalArgumentException("Amount must not be negative: " + fen + " fen");
    }
  }
}
