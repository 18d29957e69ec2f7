package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

  private static final WorkingDays PLAIN_WEEKS = new WorkingDays(Set.of(), Set.of());

  /**
   * National Day 2025 as published by the State Council: off Wed 1 Oct to Wed 8 Oct, worked on Sun
   * 28 Sep and Sat 11 Oct.
   */
  private static final WorkingDays NATIONAL_DAY_2025 =
      new WorkingDays(
          Stream.iterate(LocalDate.of(2025, 10, 1), d -> d.plusDays(1))
              .limit(8)
              .collect(Collectors.toSet()),
          Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

  @Test
  void weekdaysWorkAndWeekendsRest() {
    assertTrue(PLAIN_WEEKS.isWorkingDay(LocalDate.of(2026, 11, 27))); // Friday
    assertFalse(PLAIN_WEEKS.isWorkingDay(LocalDate.of(2026, 11, 28))); // Saturday
    assertFalse(PLAIN_WEEKS.isWorkingDay(LocalDate.of(2026, 11, 29))); // Sunday
  }

  @Test
  void holidaysAndAdjustedWeekendDays() {
    assertFalse(NATIONAL_DAY_2025.isWorkingDay(LocalDate.of(2025, 10, 1))); // Wednesday holiday
    assertTrue(NATIONAL_DAY_2025.isWorkingDay(LocalDate.of(2025, 9, 28))); // 调休 Sunday
    assertTrue(NATIONAL_DAY_2025.isWorkingDay(LocalDate.of(2025, 10, 11))); // 调休 Saturday
    assertFalse(NATIONAL_DAY_2025.isWorkingDay(LocalDate.of(2025, 10, 12))); // ordinary Sunday
  }

  @Test
  void weekendsAreSkipped() {
    LocalDate friday = LocalDate.of(2026, 11, 27);

    assertEquals(LocalDate.of(2026, 11, 30), PLAIN_WEEKS.addWorkingDays(friday, 1));
    assertEquals(LocalDate.of(2026, 12, 4), PLAIN_WEEKS.addWorkingDays(friday, 5));
    assertEquals(
        LocalDate.of(2026, 11, 30), PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 11, 28), 1));
  }

  @Test
  void fromNeverCounts() {
    LocalDate wednesday = LocalDate.of(2026, 11, 25);

    assertEquals(LocalDate.of(2026, 11, 26), PLAIN_WEEKS.addWorkingDays(wednesday, 1));
  }

  @Test
  void holidayWeekIsSkipped() {
    // Tue 30 Sep, then 1-8 Oct off: the next working day is Thu 9 Oct.
    assertEquals(
        LocalDate.of(2025, 10, 9), NATIONAL_DAY_2025.addWorkingDays(LocalDate.of(2025, 9, 30), 1));
    // From Fri 26 Sep: Sun 28 (调休), Mon 29, Tue 30, Thu 9 Oct, Fri 10 Oct.
    assertEquals(
        LocalDate.of(2025, 10, 10), NATIONAL_DAY_2025.addWorkingDays(LocalDate.of(2025, 9, 26), 5));
  }

  @Test
  void adjustedSaturdayCounts() {
    assertEquals(
        LocalDate.of(2025, 10, 11),
        NATIONAL_DAY_2025.addWorkingDays(LocalDate.of(2025, 10, 10), 1));
  }

  @Test
  void twentyWorkingDaysFromWednesday25November2026() {
    // Wed 25 Nov 2026; with no holidays every 5 working days is one calendar week, so 20 working
    // days are 4 weeks later: Wed 23 Dec 2026.
    assertEquals(
        LocalDate.of(2026, 12, 23), PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 11, 25), 20));
  }

  @Test
  void fortyWorkingDaysFromWednesday25November2026() {
    // 40 working days are 8 weeks later: Wed 20 Jan 2027 (1 Jan is not a holiday in this
    // calendar).
    assertEquals(
        LocalDate.of(2027, 1, 20), PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 11, 25), 40));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void fewerThanOneDayIsRejected(int days) {
    assertThrows(
        IllegalArgumentException.class,
        () -> PLAIN_WEEKS.addWorkingDays(LocalDate.of(2026, 11, 25), days));
  }
}
