package cn.cq.police.idcard.progress.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A resident's query: the acceptance number and the last six characters of the applicant's citizen
 * ID number (five digits and a digit or X, the check character). Typed as a phone keyboard or an
 * input method gives it: full-width digits and letters count as their ASCII forms (NFKC), spaces
 * and dashes in the number are ignored, a lower-case x is an X. Anything longer than {@value
 * #MAX_INPUT} characters is refused before it is looked at.
 */
public record ProgressQuery(AcceptanceNumber acceptanceNumber, String idSuffix) {

  /**
   * The longest input looked at; an acceptance number has 24 characters, with spaces a few more.
   */
  public static final int MAX_INPUT = 40;

  public static final int SUFFIX_LENGTH = 6;

  private static final Pattern SUFFIX = Pattern.compile("\\d{5}[\\dX]");

  /** Why a query cannot be asked; each has a text in the bundle ({@code progress.invalid.*}). */
  public enum Problem {
    NUMBER_MISSING,
    NUMBER_INVALID,
    SUFFIX_MISSING,
    SUFFIX_INVALID
  }

  /** A query that cannot be asked; the input is never part of the message. */
  public static class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public Invalid(Problem problem) {
      super(problem.name(), null, false, false);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /**
   * @throws Invalid naming the first field that is missing or not of its shape
   */
  public static ProgressQuery parse(String acceptanceNumber, String idSuffix) {
    if (acceptanceNumber == null || acceptanceNumber.isBlank()) {
      throw new Invalid(Problem.NUMBER_MISSING);
    }
    if (acceptanceNumber.length() > MAX_INPUT) {
      throw new Invalid(Problem.NUMBER_INVALID);
    }
    AcceptanceNumber number =
        AcceptanceNumber.tryParse(normalized(acceptanceNumber))
            .orElseThrow(() -> new Invalid(Problem.NUMBER_INVALID));
    if (idSuffix == null || idSuffix.isBlank()) {
      throw new Invalid(Problem.SUFFIX_MISSING);
    }
    if (idSuffix.length() > MAX_INPUT) {
      throw new Invalid(Problem.SUFFIX_INVALID);
    }
    String suffix = normalized(idSuffix).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!SUFFIX.matcher(suffix).matches()) {
      throw new Invalid(Problem.SUFFIX_INVALID);
    }
    return new ProgressQuery(number, suffix);
  }

  /**
   * Whether this query's suffix ends the given citizen ID number, compared in constant time; a null
   * number (no such application) is compared too, against a suffix nobody has, so both cases do the
   * same work.
   */
  public boolean matches(String citizenIdNumber) {
    String expected =
        citizenIdNumber == null || citizenIdNumber.length() < SUFFIX_LENGTH
            ? "------"
            : citizenIdNumber
                .substring(citizenIdNumber.length() - SUFFIX_LENGTH)
                .toUpperCase(Locale.ROOT);
    return MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII),
            idSuffix.getBytes(StandardCharsets.US_ASCII))
        && citizenIdNumber != null;
  }

  @Override
  public String toString() {
    // Never the suffix: a query must not reach a log with the number and the suffix together.
    return "ProgressQuery[" + acceptanceNumber + ", suffix hidden]";
  }

  private static String normalized(String input) {
    return Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
  }
}
