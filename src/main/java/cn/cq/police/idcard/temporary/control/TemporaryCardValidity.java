package cn.cq.police.idcard.temporary.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a temporary card is valid.
 *
 * <p>临时居民身份证管理办法 (公安部令第78号, 2005) art. 5: a temporary card is valid for three months, counted from
 * the day it is issued (自签发之日起计算). The issue day counts as the first day, so the last day is the
 * day before the same date three months on: issued 2025-11-25, valid up to and including
 * 2026-02-24. When that month has no such date (issued 11-30: there is no 02-30), the period ends
 * with that month's last day, 02-28 or 02-29 — as 民法典 art. 202 ends a period of months that has no
 * corresponding day.
 *
 * @param from the issue day, the first day of validity
 * @param until the last day of validity
 */
public record TemporaryCardValidity(LocalDate from, LocalDate until) {

  public static final int MONTHS = 3;

  public TemporaryCardValidity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  public static TemporaryCardValidity issuedOn(LocalDate issueDay) {
    LocalDate sameDateLater = issueDay.plusMonths(MONTHS);
    // plusMonths moves to the month's last day when the date does not exist there.
    boolean noCorrespondingDay = sameDateLater.getDayOfMonth() != issueDay.getDayOfMonth();
    return new TemporaryCardValidity(
        issueDay, noCorrespondingDay ? sameDateLater : sameDateLater.minusDays(1));
  }
}
