package cn.cq.police.idcard.insight.control;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A half-open span of station time, [from, to): a day, a month, a window before now. */
public record Span(LocalDateTime from, LocalDateTime to) {

  public static Span day(LocalDate day) {
    return new Span(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
  }

  public static Span monthOf(LocalDate day) {
    LocalDate first = day.withDayOfMonth(1);
    return new Span(first.atStartOfDay(), first.plusMonths(1).atStartOfDay());
  }

  public static Span daysBefore(LocalDateTime now, int days) {
    return new Span(now.minusDays(days), now);
  }
}
