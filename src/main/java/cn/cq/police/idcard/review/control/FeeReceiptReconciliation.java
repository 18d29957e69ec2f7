package cn.cq.police.idcard.review.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day's fee receipt numbers, checked for gaps: numbers of the same series (same prefix, e.g.
 * {@code CQ-2026-}) must run without holes between the first and the last of the day, or the
 * missing ones need explaining. Pure, so the rule is unit-tested.
 */
public final class FeeReceiptReconciliation {

  static final Pattern SERIES = Pattern.compile("^(.*?)(\\d+)$");

  /** At most this many missing numbers are listed per series; the count is always exact. */
  static final int LISTED = 50;

  private FeeReceiptReconciliation() {}

  /**
   * A series with its first and last number of the day, written as issued (e.g. {@code
   * CQ-2026-0001}), and the numbers missing in between.
   */
  public record Series(
      String prefix, String from, String to, long missingCount, List<String> missing) {

    /** The listed missing numbers as the close screen shows them: 缺号 joined by 、. */
    public String missingListed() {
      return String.join("、", missing);
    }

    /**
     * The listed missing numbers with each run of consecutive ones written as its first and last,
     * e.g. {@code [0012346–0012348, 0012351]}: a torn-out block reads as one range, not as a list a
     * supervisor has to count.
     */
    public List<String> missingRanges() {
      List<String> ranges = new ArrayList<>();
      int start = 0;
      for (int i = 1; i <= missing.size(); i++) {
        if (i == missing.size() || valueOf(missing.get(i)) != valueOf(missing.get(i - 1)) + 1) {
          ranges.add(
              i - 1 == start ? missing.get(start) : missing.get(start) + "–" + missing.get(i - 1));
          start = i;
        }
      }
      return ranges;
    }

    private static long valueOf(String number) {
      Matcher matcher = SERIES.matcher(number);
      if (!matcher.matches()) {
        throw new IllegalStateException("Not a numbered receipt: " + number);
      }
      return Long.parseLong(matcher.group(2));
    }
  }

  public static List<Series> of(List<String> receiptNumbers) {
    Map<String, TreeSet<Long>> bySeries = new TreeMap<>();
    Map<String, Integer> widths = new TreeMap<>();
    for (String number : receiptNumbers) {
      Matcher matcher = SERIES.matcher(number);
      if (matcher.matches() && matcher.group(2).length() <= 15) {
        bySeries
            .computeIfAbsent(matcher.group(1), prefix -> new TreeSet<>())
            .add(Long.parseLong(matcher.group(2)));
        widths.merge(matcher.group(1), matcher.group(2).length(), Math::max);
      }
    }
    List<Series> result = new ArrayList<>();
    bySeries.forEach(
        (prefix, numbers) -> {
          long first = numbers.first();
          long last = numbers.last();
          long missingCount = last - first + 1 - numbers.size();
          String format = prefix + "%0" + widths.get(prefix) + "d";
          List<String> missing = new ArrayList<>();
          for (long n = first; n <= last && missing.size() < LISTED; n++) {
            if (!numbers.contains(n)) {
              missing.add(String.format(format, n));
            }
          }
          result.add(
              new Series(
                  prefix,
                  String.format(format, first),
                  String.format(format, last),
                  missingCount,
                  missing));
        });
    return result;
  }
}
