package cn.cq.police.idcard.insight.control;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A half-open span of station time, [from, to): a day, a month, a window before now. */
public record Period(LocalDateTime from, LocalDateTime to) {

  public static Period day(LocalDate day) {
    return new Period(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
  }

  public static Period monthOf(LocalDate day) {
    LocalDate first = day.withDayOfMonth(1);
    return new Period(first.atStartOfDay(), first.plusMonths(1).atStartOfDay());
  }

  public static Period daysBefore(LocalDateTime now, int days) {
    return new Period(now.minusDays(days), now);
  }
}
