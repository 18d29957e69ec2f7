package cn.cq.police.idcard.applications.entity;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland mobile number (11 digits, 13x–19x) as a text message reaches it. Typed forms with
 * spaces, dashes or a +86 prefix are accepted and normalised. Its {@code toString} is the masked
 * form, so a number that slips into a log or a message shows only its first three and last four
 * digits.
 */
public final class MobileNumber implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）]");

  private final String digits;

  private MobileNumber(String digits) {
    this.digits = digits;
  }

  /** The number, or empty when the text is not a mainland mobile number. */
  public static Optional<MobileNumber> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String compact = SEPARATORS.matcher(typed).replaceAll("");
    if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    } else if (compact.length() == 13 && compact.startsWith("86")) {
      compact = compact.substring(2);
    }
    return MOBILE.matcher(compact).matches()
        ? Optional.of(new MobileNumber(compact))
        : Optional.empty();
  }

  /** The eleven digits: for the gateway and for sealing, never for a page or a log. */
  public String digits() {
    return digits;
  }

  /** 138****5678: what pages and records show. */
  public String masked() {
    return digits.substring(0, 3) + "****" + digits.substring(7);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MobileNumber that && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
