package cn.cq.police.idcard.temporary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporaryCardValidityTest {

  @ParameterizedTest(name = "issued {0}, valid until {1}")
  @CsvSource({
    // The day before the same date three months on.
    "2025-11-25, 2026-02-24",
    "2026-01-01, 2026-03-31",
    "2025-12-31, 2026-03-30",
    "2026-03-01, 2026-05-31",
    // No 30th of February: the month's last day.
    "2025-11-30, 2026-02-28",
    "2027-11-30, 2028-02-29",
    // The 29th of February exists in a leap year only.
    "2027-11-29, 2028-02-28",
    "2025-11-29, 2026-02-28",
    "2026-08-31, 2026-11-30",
    "2027-01-31, 2027-04-30",
    "2028-02-29, 2028-05-28"
  })
  void validForThreeMonthsCountingTheIssueDay(LocalDate issued, LocalDate until) {
    TemporaryCardValidity validity = TemporaryCardValidity.issuedOn(issued);
    assertEquals(issued, validity.from());
    assertEquals(until, validity.until());
  }
}
