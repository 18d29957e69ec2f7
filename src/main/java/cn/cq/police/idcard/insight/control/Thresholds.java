package cn.cq.police.idcard.insight.control;

import java.io.Serializable;
import java.util.Map;

/**
 * When each signal fires; from MicroProfile Config ({@code insight.*} in
 * microprofile-config.properties).
 *
 * @param agentApplicants distinct applicants one agent ID number may act for within {@code
 *     agentWindowDays} before it is signalled
 * @param clerkVoidsOrExemptions voided payments plus fee exemptions one clerk may take within
 *     {@code clerkWindowDays} before it is signalled
 * @param unusedLookups look-ups of one receipt without an application, within {@code
 *     unusedWindowDays}, that are signalled
 * @param stuckDays per status, the days an application may stay in it
 * @param outsidePerDay look-ups outside the jurisdiction on one day that are signalled
 * @param outsideShare share (0..1) of a day's look-ups outside the jurisdiction that is signalled
 *     (only from {@link #MIN_OUTSIDE_FOR_SHARE} such look-ups, so one stray look-up on a quiet day
 *     is not a case)
 * @param maxCases at most so many cases per signal are listed, the oldest or largest first
 */
public record Thresholds(
    int agentApplicants,
    int agentWindowDays,
    int clerkVoidsOrExemptions,
    int clerkWindowDays,
    int unusedLookups,
    int unusedWindowDays,
    Map<String, Integer> stuckDays,
    int outsidePerDay,
    double outsideShare,
    int outsideWindowDays,
    int maxCases)
    implements Serializable {

  public static final int MIN_OUTSIDE_FOR_SHARE = 3;

  /**
   * Whether a day with {@code outside} of {@code total} look-ups outside the jurisdiction fires.
   */
  public boolean outsideFires(long outside, long total) {
    if (outside >= outsidePerDay) {
      return true;
    }
    return outside >= MIN_OUTSIDE_FOR_SHARE
        && total > 0
        && (double) outside / total >= outsideShare;
  }
}
