package cn.cq.police.idcard.receipts.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number of a digital photo receipt (数码照相回执号) as printed under the receipt's barcode: 10 to 20
 * upper-case ASCII letters and digits. A scanner types it with no spaces; people type it with
 * spaces or dashes, or in lower case, which {@link #parse} forgives.
 *
 * <p>Not secret: {@link #toString()} is the number. Error messages still never repeat the input,
 * because a citizen ID number typed into the receipt field by mistake must not end up in a log.
 */
public final class ReceiptNumber implements Serializable, Comparable<ReceiptNumber> {

  private static final long serialVersionUID = 1L;

  public static final int MAX_LENGTH = 20;

  /**
   * The prefix of the receipts a station makes of the photos it takes itself; the detection
   * centre's numbers are digits only and may never begin with it.
   */
  public static final String STATION_PREFIX = "ZC";

  private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{10," + MAX_LENGTH + "}");
  private static final Pattern TYPED_SEPARATORS = Pattern.compile("[\\s-]");

  private final String value;

  private ReceiptNumber(String value) {
    this.value = value;
  }

  /**
   * The receipt number in its normalized form: spaces and dashes removed, letters upper-cased.
   *
   * @throws IllegalArgumentException if the input cannot be a receipt number
   */
  public static ReceiptNumber parse(String input) {
    return tryParse(input)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Not a receipt number: expected 10 to " + MAX_LENGTH + " letters and digits"));
  }

  /** Like {@link #parse(String)}, for callers that answer bad input with their own outcome. */
  public static Optional<ReceiptNumber> tryParse(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String compact = TYPED_SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
    return SHAPE.matcher(compact).matches()
        ? Optional.of(new ReceiptNumber(compact))
        : Optional.empty();
  }

  public String value() {
    return value;
  }

  /** Whether a station made this number for a photo it took (see {@link #STATION_PREFIX}). */
  public boolean isStations() {
    return value.startsWith(STATION_PREFIX);
  }

  @Override
  public int compareTo(ReceiptNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReceiptNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
