package cn.cq.police.idcard.insight.control;

import java.util.Arrays;

/**
 * The exact continuous percentile (SQL's {@code percentile_cont}) of a month's waits, where the
 * waits of the complete days are stored sorted with their position and today's few are live. The
 * value at union position k lies among the stored positions [k - live, k], so a page open reads
 * that window of the stored waits instead of sorting the whole month.
 *
 * <p>Why the window suffices: merging the window with all live waits, the stored waits below the
 * window (their count is the window's first position) and the live waits below them come first in
 * the union; at most {@code live} such live waits exist, so position k of the union is position
 * {@code k - windowFrom} of the merge.
 */
final class RankedPercentile {

  /** Stored positions to read, inclusive; empty when nothing is stored. */
  record Window(long from, long to) {

    boolean isEmpty() {
      return to < from;
    }
  }

  private RankedPercentile() {}

  static Window window(double percentile, long stored, int live) {
    long count = stored + live;
    if (stored == 0 || count == 0) {
      return new Window(0, -1);
    }
    long lower = lowerPosition(percentile, count);
    return new Window(Math.max(0, lower - live), Math.min(stored - 1, lower + 1));
  }

  /**
   * The percentile of the union, or null when there are no waits at all.
   *
   * @param window the stored waits at positions {@code windowFrom...}, as {@link #window} chose
   * @param live today's waits, in any order
   */
  static Double of(
      double percentile, long stored, long windowFrom, double[] window, double[] live) {
    long count = stored + live.length;
    if (count == 0) {
      return null;
    }
    double[] merged = new double[window.length + live.length];
    System.arraycopy(window, 0, merged, 0, window.length);
    System.arraycopy(live, 0, merged, window.length, live.length);
    Arrays.sort(merged);
    double position = percentile * (count - 1);
    long lower = lowerPosition(percentile, count);
    double low = merged[(int) (lower - windowFrom)];
    if (position == lower) {
      return low;
    }
    double high = merged[(int) (lower + 1 - windowFrom)];
    return low + (high - low) * (position - lower);
  }

  private static long lowerPosition(double percentile, long count) {
    return (long) Math.floor(percentile * (count - 1));
  }
}
