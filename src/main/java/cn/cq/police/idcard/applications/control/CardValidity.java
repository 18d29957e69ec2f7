package cn.cq.police.idcard.applications.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The validity period of a resident ID card, fixed by the applicant's age on the application date
 * (Resident Identity Card Law, art. 5): under 16 five years, 16 to 25 ten years, 26 to 45 twenty
 * years, 46 and over long-term.
 *
 * <p>The end date is {@code start.plusYears(n)}; a card issued on 29 February therefore ends on 28
 * February when the end year is not a leap year, which is how {@link LocalDate#plusYears} clamps.
 *
 * @param start first day of validity, the application date
 * @param end last day of validity, or {@code null} for a long-term card
 */
public record CardValidity(LocalDate start, LocalDate end) {

  public CardValidity {
    Objects.requireNonNull(start, "start");
    if (end != null && !end.isAfter(start)) {
      throw new IllegalArgumentException("end " + end + " must be after start " + start);
    }
  }

  public boolean longTerm() {
    return end == null;
  }

  /**
   * Validity of a card applied for on {@code applicationDate} by someone born on {@code birthDate}.
   * Age is whole years as {@link Period#between} counts them, so someone born on 29 February turns
   * a year older on 1 March in non-leap years.
   */
  public static CardValidity of(LocalDate birthDate, LocalDate applicationDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(applicationDate, "applicationDate");
    if (birthDate.isAfter(applicationDate)) {
      throw new IllegalArgumentException(
          "birth date " + birthDate + " is after application date " + applicationDate);
    }
    int years = validityYears(Period.between(birthDate, applicationDate).getYears());
    return new CardValidity(applicationDate, years == 0 ? null : applicationDate.plusYears(years));
  }

  /** Validity in years for an age in whole years; 0 means long-term. */
  public static int validityYears(int age) {
    if (age < 0) {
      throw new IllegalArgumentException("age must not be negative: " + age);
    }
    if (age < 16) {
      return 5;
    }
    if (age <= 25) {
      return 10;
    }
    if (age <= 45) {
      return 20;
    }
    return 0;
  }
}
