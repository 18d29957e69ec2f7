package cn.cq.police.idcard.insight.control;

import cn.cq.police.idcard.fees.entity.Amount;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A station's figures for today and for the month around it, as the database aggregated them.
 *
 * @param submittedPerDay applications submitted on each day of the month that had any
 * @param refusalReasons proxy requests the counter turned away this month, by reason code
 * @param returnReasons applications a supervisor returned for correction this month, by reason
 * @param clerks this month's figures of each member of staff who has any, and of every clerk
 */
public record Dashboard(
    LocalDateTime computedAt,
    Span today,
    Span month,
    Figures todays,
    Figures months,
    List<DayCount> submittedPerDay,
    List<ReasonCount> refusalReasons,
    List<ReasonCount> returnReasons,
    List<ClerkFigures> clerks)
    implements Serializable {

  /**
   * Throughput and waiting times of one period.
   *
   * @param lookupToSubmit from a receipt's first look-up at the station to the submit, for the
   *     applications submitted in the period that had a logged look-up
   * @param submitToCollection from submit to hand-over, for the cards collected in the period (a
   *     card mailed home is handed over when the courier reports it delivered)
   * @param posted cards that left the station by post (邮寄送证) in the period
   * @param postageFen the postage taken in the period, voided payments excluded
   */
  public record Figures(
      long submitted,
      long collected,
      long lookups,
      long refusals,
      long returns,
      Spread lookupToSubmit,
      Spread submitToCollection,
      long posted,
      long postageFen)
      implements Serializable {

    /** The postage in yuan, as the page shows amounts. */
    public String postageYuan() {
      return Amount.ofFen(postageFen).yuan();
    }
  }

  /** Median and 90th percentile of a duration in seconds, over {@code count} cases. */
  public record Spread(long count, Double medianSeconds, Double p90Seconds)
      implements Serializable {

    public boolean isEmpty() {
      return count == 0 || medianSeconds == null;
    }
  }

  public record DayCount(LocalDate day, long count) implements Serializable {}

  public record ReasonCount(String reason, long count) implements Serializable {}

  public record ClerkFigures(
      long staffId,
      String name,
      String username,
      long submitted,
      long returned,
      long voided,
      long exempted,
      long lookups)
      implements Serializable {}
}
