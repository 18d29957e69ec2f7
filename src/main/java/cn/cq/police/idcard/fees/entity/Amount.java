package cn.cq.police.idcard.fees.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money in fen (分, 1 yuan = 100 fen), never negative: a tariff, what a payment took,
 * what a day's fee lines add up to. Kept in whole fen so that sums are exact; shown as yuan with
 * two decimals, and on receipts in Chinese capital numerals.
 *
 * <p>{@link #toString()} is the yuan form, e.g. "20.00". Error messages never repeat the input:
 * what was typed into an amount field may be something else (an ID number) by mistake.
 */
public final class Amount implements Serializable, Comparable<Amount> {

  private static final long serialVersionUID = 1L;

  public static final Amount ZERO = new Amount(0);

  // Plain digits only: no sign, exponent or grouping, so what the clerk typed is what is charged.
  private static final Pattern PLAIN_YUAN = Pattern.compile("\\d+(\\.\\d{1,2})?");
  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] DIGIT_UNITS = {"", "拾", "佰", "仟"};
  private static final String[] SECTION_UNITS = {"", "万", "亿"};
  // Up to 9999,9999,9999.99 yuan; the section units above go no further.
  private static final long CAPITAL_LIMIT_FEN = 100_000_000_000_000L;

  private final long fen;

  private Amount(long fen) {
    this.fen = fen;
  }

  /**
   * @throws IllegalArgumentException if {@code fen} is negative
   */
  public static Amount ofFen(long fen) {
    if (fen < 0) {
      throw new IllegalArgumentException("An amount must not be negative: " + fen + " fen");
    }
    return fen == 0 ? ZERO : new Amount(fen);
  }

  /**
   * Parses a plain yuan amount with at most two decimals as typed at the counter, e.g. "20",
   * "20.5", "0.05"; surrounding whitespace is ignored.
   *
   * @throws IllegalArgumentException for anything else, including negative amounts, more than two
   *     decimals, signs, exponents, digit grouping and amounts too large to count in fen
   */
  public static Amount parseYuan(String typed) {
    String candidate = typed == null ? "" : typed.strip();
    if (!PLAIN_YUAN.matcher(candidate).matches()) {
      throw new IllegalArgumentException(
          "Not a yuan amount: expected plain digits with at most two decimals, e.g. 20 or 20.50");
    }
    try {
      return ofFen(new BigDecimal(candidate).movePointRight(2).longValueExact());
    } catch (ArithmeticException tooLarge) {
      throw new IllegalArgumentException("Yuan amount too large to count in fen", tooLarge);
    }
  }

  /** Like {@link #parseYuan(String)}, for callers that answer bad input with their own message. */
  public static Optional<Amount> tryParseYuan(String typed) {
    try {
      return Optional.of(parseYuan(typed));
    } catch (IllegalArgumentException notAnAmount) {
      return Optional.empty();
    }
  }

  public long fen() {
    return fen;
  }

  public boolean isZero() {
    return fen == 0;
  }

  /**
   * @throws ArithmeticException if the sum does not fit a long of fen
   */
  public Amount plus(Amount other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * @throws IllegalArgumentException if {@code other} is larger: an amount is never negative
   */
  public Amount minus(Amount other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  @Override
  public int compareTo(Amount other) {
    return Long.compare(fen, other.fen);
  }

  /** Yuan with exactly two decimals, e.g. 5 fen → "0.05", 2000 fen → "20.00". */
  public String yuan() {
    return String.format("%d.%02d", fen / 100, fen % 100);
  }

  /**
   * The amount in Chinese capital numerals as written on fee receipts, following the People's Bank
   * of China rules for 中文大写金额: 零 once for each run of skipped positions, 零 after 元 when the yuan
   * digit is 0 and jiao follow, or when jiao is 0 and fen follow, and 整 only when the amount ends
   * at 元. An amount under one yuan is written without 元, e.g. "伍角" or "伍分"; zero is "零元整".
   *
   * @throws IllegalArgumentException from 1,0000,0000,0000 yuan on, which has no capital form here
   */
  public String chineseCapital() {
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Amount that && fen == that.fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** The yuan form, see {@link #yuan()}. */
  @Override
  public String toString() {
    return yuan();
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
}
