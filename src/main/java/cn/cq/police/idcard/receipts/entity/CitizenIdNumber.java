package cn.cq.police.idcard.receipts.entity;

import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException.Reason;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An 18-character citizen ID number according to GB 11643-1999: 6-digit region code, 8-digit birth
 * date, 3-digit sequence code (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character.
 *
 * <p>{@link #toString()} returns the masked form so that an accidental log line never carries the
 * full number; call {@link #value()} deliberately where the full number is needed.
 */
public final class CitizenIdNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
  // Birth dates are judged by the calendar in China, whatever zone the server runs in.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final String value;

  private CitizenIdNumber(String value) {
    this.value = value;
  }

  /**
   * Parses and validates a citizen ID number; surrounding whitespace is ignored and a lower-case
   * check character x is stored as X.
   *
   * @throws InvalidCitizenIdNumberException naming the first rule the input breaks
   */
  public static CitizenIdNumber parse(String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidCitizenIdNumberException(Reason.EMPTY);
    }
    String candidate = upperCaseCheckCharacter(input.strip());
    if (candidate.length() != LENGTH) {
      throw new InvalidCitizenIdNumberException(Reason.LENGTH);
    }
    if (!hasValidCharacters(candidate)) {
      throw new InvalidCitizenIdNumberException(Reason.CHARACTERS);
    }
    if (!isProvinceCode(Integer.parseInt(candidate.substring(0, 2)))) {
      throw new InvalidCitizenIdNumberException(Reason.REGION);
    }
    if (!isPlausibleBirthDate(candidate.substring(6, 14))) {
      throw new InvalidCitizenIdNumberException(Reason.BIRTH_DATE);
    }
    if (checkCharacter(candidate.substring(0, 17)) != candidate.charAt(17)) {
      throw new InvalidCitizenIdNumberException(Reason.CHECK_CHARACTER);
    }
    return new CitizenIdNumber(candidate);
  }

  /** Like {@link #parse(String)}, but for callers that only need to know whether input is valid. */
  public static Optional<CitizenIdNumber> tryParse(String input) {
    try {
      return Optional.of(parse(input));
    } catch (InvalidCitizenIdNumberException e) {
      return Optional.empty();
    }
  }

  /**
   * Builds a valid number from its parts and computes the check character.
   *
   * @param sequence 1..999; its parity decides the sex
   * @throws IllegalArgumentException if a part is invalid
   */
  public static CitizenIdNumber of(String regionCode, LocalDate birthDate, int sequence) {
    if (regionCode == null || !regionCode.matches("\\d{6}")) {
      throw new InvalidCitizenIdNumberException(Reason.REGION);
    }
    if (birthDate == null || birthDate.getYear() < 1900 || birthDate.getYear() > 9999) {
      throw new InvalidCitizenIdNumberException(Reason.BIRTH_DATE);
    }
    if (sequence < 1 || sequence > 999) {
      throw new IllegalArgumentException("Sequence must be between 1 and 999");
    }
    // Built by hand rather than with String.format: demo data generation calls this millions of
    // times.
    StringBuilder first17 = new StringBuilder(18).append(regionCode);
    appendZeroPadded(first17, birthDate.getYear(), 4);
    appendZeroPadded(first17, birthDate.getMonthValue(), 2);
    appendZeroPadded(first17, birthDate.getDayOfMonth(), 2);
    appendZeroPadded(first17, sequence, 3);
    return parse(first17.append(checkCharacter(first17.toString())).toString());
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character for the first 17 digits of a number.
   *
   * @throws IllegalArgumentException if the argument is not exactly 17 digits
   */
  public static char checkCharacter(String first17Digits) {
    if (first17Digits == null || first17Digits.length() != 17) {
      throw new IllegalArgumentException("Expected exactly 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = first17Digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("Expected exactly 17 digits");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  public String value() {
    return value;
  }

  /** The 6-digit administrative region code of the place of first registration. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  /** The 3-digit sequence code (digits 15 to 17). */
  public int sequence() {
    return Integer.parseInt(value.substring(14, 17));
  }

  public Sex sex() {
    return sequence() % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** Region code and last four characters with the birth date hidden, e.g. 500101********123X. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CitizenIdNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Masked on purpose, see the class comment. */
  @Override
  public String toString() {
    return masked();
  }

  private static void appendZeroPadded(StringBuilder target, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      target.append('0');
    }
    target.append(digits);
  }

  // Scanners and clerks often type the check character as lower-case x.
  private static String upperCaseCheckCharacter(String candidate) {
    return candidate.endsWith("x")
        ? candidate.substring(0, candidate.length() - 1) + 'X'
        : candidate;
  }

  private static boolean hasValidCharacters(String candidate) {
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(candidate.charAt(i))) {
        return false;
      }
    }
    char last = candidate.charAt(17);
    return isAsciiDigit(last) || last == 'X';
  }

  // Character.isDigit would also accept full-width and other Unicode digits.
  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // Province-level codes of GB/T 2260; finer region codes are not checked because historic codes
  // stay valid in numbers issued under them.
  private static boolean isProvinceCode(int prefix) {
    return (prefix >= 11 && prefix <= 15)
        || (prefix >= 21 && prefix <= 23)
        || (prefix >= 31 && prefix <= 37)
        || (prefix >= 41 && prefix <= 46)
        || (prefix >= 50 && prefix <= 54)
        || (prefix >= 61 && prefix <= 65)
        || prefix == 71
        || prefix == 81
        || prefix == 82
        || prefix == 83;
  }

  private static boolean isPlausibleBirthDate(String yyyyMMdd) {
    LocalDate date;
    try {
      date =
          LocalDate.of(
              Integer.parseInt(yyyyMMdd.substring(0, 4)),
              Integer.parseInt(yyyyMMdd.substring(4, 6)),
              Integer.parseInt(yyyyMMdd.substring(6, 8)));
    } catch (DateTimeException e) {
      return false;
    }
    return !date.isBefore(EARLIEST_BIRTH_DATE) && !date.isAfter(LocalDate.now(CHINA));
  }
}
