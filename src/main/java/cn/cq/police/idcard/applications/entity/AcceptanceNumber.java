package cn.cq.police.idcard.applications.entity;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application's acceptance number (受理号) as the counter assigns it, always {@value #LENGTH}
 * characters: the station's 12-character code (公安机关机构代码; upper-case letters appear only in test and
 * demo-history codes), the day of acceptance as yyyyMMdd and the four-digit sequence of that day at
 * that station, e.g. {@code 500103510001202611250007}. Unique, never reused, printed on every form
 * and the key the production centre reports against.
 *
 * <p>Not secret: {@link #toString()} is the number. Error messages still never repeat the input,
 * because what a clerk types into a search field may be a citizen ID number, which must not reach a
 * log.
 */
public final class AcceptanceNumber implements Serializable, Comparable<AcceptanceNumber> {

  private static final long serialVersionUID = 1L;

  /** A station code's length, as the station table keeps it. */
  public static final int MAX_STATION_CODE_LENGTH = 12;

  /** Every acceptance number has this one length (station code, date, sequence). */
  public static final int LENGTH = MAX_STATION_CODE_LENGTH + 8 + 4;

  /** A station gives out at most this many numbers a day. */
  public static final int MAX_SEQUENCE = 9999;

  private static final Pattern STATION_CODE =
      Pattern.compile("[0-9A-Z]{" + MAX_STATION_CODE_LENGTH + "}");
  private static final Pattern SHAPE =
      Pattern.compile("([0-9A-Z]{" + MAX_STATION_CODE_LENGTH + "})(\\d{8})(\\d{4})");
  private static final Pattern TYPED_SEPARATORS = Pattern.compile("[\\s-]");
  // Strict: 20260230 is no day.
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final String value;

  private AcceptanceNumber(String value) {
    this.value = value;
  }

  /**
   * The number of the {@code sequence}-th application a station accepted on a day.
   *
   * @throws IllegalArgumentException if the station code is not 12 upper-case letters and digits,
   *     the day has no four-digit year, or the sequence is outside 1 to 9999
   */
  public static AcceptanceNumber of(String stationCode, LocalDate day, int sequence) {
    if (stationCode == null || !STATION_CODE.matcher(stationCode).matches()) {
      throw new IllegalArgumentException(
          "A station code for acceptance numbers is "
              + MAX_STATION_CODE_LENGTH
              + " upper-case letters and digits");
    }
    if (day == null || day.getYear() < 1000 || day.getYear() > 9999) {
      throw new IllegalArgumentException("An acceptance number's day needs a four-digit year");
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException(
          "An acceptance number's sequence is 1 to " + MAX_SEQUENCE + ", not " + sequence);
    }
    return new AcceptanceNumber(stationCode + DAY.format(day) + String.format("%04d", sequence));
  }

  /**
   * An acceptance number as printed, scanned or typed; surrounding and inner spaces and dashes are
   * ignored and letters upper-cased.
   *
   * @throws IllegalArgumentException if the input is not station code, valid yyyyMMdd day and
   *     four-digit sequence from 0001
   */
  public static AcceptanceNumber parse(String input) {
    return tryParse(input)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Not an acceptance number: expected a station code, the day as yyyyMMdd and"
                        + " a four-digit sequence"));
  }

  /** Like {@link #parse(String)}, for callers that answer bad input with their own outcome. */
  public static Optional<AcceptanceNumber> tryParse(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String compact = TYPED_SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
    Matcher parts = SHAPE.matcher(compact);
    if (!parts.matches() || Integer.parseInt(parts.group(3)) == 0 || !isDay(parts.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new AcceptanceNumber(compact));
  }

  public String value() {
    return value;
  }

  /** The code of the station that accepted the application. */
  public String stationCode() {
    return value.substring(0, value.length() - 12);
  }

  /** The day the application was accepted. */
  public LocalDate day() {
    return LocalDate.parse(value.substring(value.length() - 12, value.length() - 4), DAY);
  }

  /** The application's place in its station's day, from 1. */
  public int sequence() {
    return Integer.parseInt(value.substring(value.length() - 4));
  }

  @Override
  public int compareTo(AcceptanceNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AcceptanceNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  private static boolean isDay(String yyyyMMdd) {
    try {
      LocalDate.parse(yyyyMMdd, DAY);
      return true;
    } catch (DateTimeException notADay) {
      return false;
    }
  }
}
