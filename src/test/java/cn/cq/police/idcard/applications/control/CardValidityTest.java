package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardValidityTest {

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 5", "15, 5", "16, 10", "25, 10", "26, 20", "45, 20", "46, 0", "100, 0",
  })
  void validityYearsByAge(int age, int years) {
    assertEquals(years, CardValidity.validityYears(age));
  }

  @Test
  void negativeAgeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> CardValidity.validityYears(-1));
  }

  @Test
  void sixteenthBirthday() {
    LocalDate born = date(2010, 3, 15);

    assertEquals(
        new CardValidity(date(2026, 3, 14), date(2031, 3, 14)),
        CardValidity.of(born, date(2026, 3, 14)));
    assertEquals(
        new CardValidity(date(2026, 3, 15), date(2036, 3, 15)),
        CardValidity.of(born, date(2026, 3, 15)));
  }

  @Test
  void twentySixthBirthday() {
    LocalDate born = date(2000, 3, 15);

    assertEquals(date(2036, 3, 14), CardValidity.of(born, date(2026, 3, 14)).end());
    assertEquals(date(2046, 3, 15), CardValidity.of(born, date(2026, 3, 15)).end());
  }

  @Test
  void fortySixthBirthday() {
    LocalDate born = date(1980, 3, 15);

    CardValidity dayBefore = CardValidity.of(born, date(2026, 3, 14));
    assertEquals(date(2046, 3, 14), dayBefore.end());
    assertFalse(dayBefore.longTerm());

    CardValidity onBirthday = CardValidity.of(born, date(2026, 3, 15));
    assertEquals(date(2026, 3, 15), onBirthday.start());
    assertNull(onBirthday.end());
    assertTrue(onBirthday.longTerm());
  }

  @Test
  void bornOnLeapDayReachesBirthdayOnFirstMarchInNonLeapYears() {
    LocalDate born = date(2000, 2, 29);
    // Period.between lacks a day on 28 Feb and completes the year on 1 Mar.
    assertEquals(25, Period.between(born, date(2026, 2, 28)).getYears());
    assertEquals(26, Period.between(born, date(2026, 3, 1)).getYears());

    assertEquals(date(2036, 2, 28), CardValidity.of(born, date(2026, 2, 28)).end());
    assertEquals(date(2046, 3, 1), CardValidity.of(born, date(2026, 3, 1)).end());
  }

  @Test
  void bornOnLeapDayTurnsFortySixOnFirstMarch() {
    LocalDate born = date(1980, 2, 29);

    assertFalse(CardValidity.of(born, date(2026, 2, 28)).longTerm());
    assertTrue(CardValidity.of(born, date(2026, 3, 1)).longTerm());
  }

  @Test
  void applicationOnLeapDayEndsOnTwentyEighthFebruaryInNonLeapYears() {
    LocalDate leapDay = date(2024, 2, 29);

    // 5 and 10 years on are not leap years; LocalDate.plusYears clamps to 28 Feb.
    assertEquals(date(2029, 2, 28), CardValidity.of(date(2010, 1, 1), leapDay).end());
    assertEquals(date(2034, 2, 28), CardValidity.of(date(2000, 1, 1), leapDay).end());
    // 20 years on is a leap year again.
    assertEquals(date(2044, 2, 29), CardValidity.of(date(1990, 1, 1), leapDay).end());
  }

  @Test
  void newbornGetsFiveYears() {
    LocalDate today = date(2026, 5, 1);

    assertEquals(new CardValidity(today, date(2031, 5, 1)), CardValidity.of(today, today));
  }

  @Test
  void birthAfterApplicationIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> CardValidity.of(date(2026, 5, 2), date(2026, 5, 1)));
  }

  @Test
  void endMustFollowStart() {
    assertThrows(
        IllegalArgumentException.class, () -> new CardValidity(date(2026, 5, 1), date(2026, 5, 1)));
  }
}
