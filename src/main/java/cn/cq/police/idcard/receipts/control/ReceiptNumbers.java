package cn.cq.police.idcard.receipts.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a receipt number as printed under the receipt's barcode. A scanner types it with no
 * spaces; people type it with spaces or in lower case, which is forgiven.
 */
public final class ReceiptNumbers {

  public static final int MAX_LENGTH = 20;

  private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{10," + MAX_LENGTH + "}");

  private ReceiptNumbers() {}

  /** The normalized receipt number, or empty when the input cannot be one. */
  public static Optional<String> normalize(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String compact = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return SHAPE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
  }
}
