package cn.cq.police.idcard.mailing.control;

import java.io.Serializable;

/**
 * What the clerk typed for a card to be delivered by post, as typed: {@code
 * applications.control.ApplicationSubmission} judges it with the rest of the application.
 *
 * @param regionCode a current GB/T 2260 code of Chongqing (district or county)
 * @param addressDetail street, house number, building and room: the address below the region
 * @param oldCardNote why the old card is not surrendered at the counter (required then)
 */
public record PostalRequest(
    String recipientName,
    String recipientPhone,
    String regionCode,
    String addressDetail,
    boolean oldCardSurrendered,
    String oldCardNote)
    implements Serializable {

  /** The longest recipient name and address detail the record keeps. */
  public static final int MAX_NAME = 50;

  public static final int MAX_DETAIL = 200;

  /** Trimmed, or null when blank. */
  public static String clean(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  /**
   * Whether a typed text is fit to print on a slip and show on a page: within {@code max}
   * characters and free of control characters (a line break in a name would break the slip's
   * layout; markup is harmless, every page and form prints text as text).
   */
  public static boolean isPrintable(String text, int max) {
    return text != null
        && text.length() <= max
        && text.codePoints()
            .noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
  }

  @Override
  public String toString() {
    // The recipient's particulars are personal data: never in a log line.
    return "PostalRequest[regionCode=" + regionCode + "]";
  }
}
