package cn.cq.police.idcard.applications.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Working-day arithmetic on the Chinese official calendar: Monday to Friday unless a public
 * holiday, plus the weekend days that are worked to make up for a holiday (调休).
 */
public final class WorkingDays {

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> extraWorkingDays;

  public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {
    this.holidays = Set.copyOf(holidays);
    this.extraWorkingDays = Set.copyOf(extraWorkingDays);
  }

  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
      return extraWorkingDays.contains(day);
    }
    return !holidays.contains(day);
  }

  /**
   * The day on which the {@code days}-th working day after {@code from} falls; {@code from} itself
   * never counts, even if it is a working day, because the day of application is not a processing
   * day.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    Objects.requireNonNull(from, "from");
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
