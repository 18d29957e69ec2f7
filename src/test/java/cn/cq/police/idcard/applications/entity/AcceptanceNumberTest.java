package cn.cq.police.idcard.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptanceNumberTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  @Test
  void isTheStationCodeTheDayAndAFourDigitSequence() {
    AcceptanceNumber number = AcceptanceNumber.of("500103510001", DAY, 7);

    assertEquals("500103510001202611250007", number.value());
    assertEquals("500103510001", number.stationCode());
    assertEquals(DAY, number.day());
    assertEquals(7, number.sequence());
  }

  @Test
  void parsesWhatItPrints() {
    AcceptanceNumber number = AcceptanceNumber.of("500103510001", DAY, 9999);

    assertEquals(number, AcceptanceNumber.parse(number.value()));
    assertEquals(number, AcceptanceNumber.parse(number.toString()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "500103510001202611250007",
        " 500103510001202611250007\t",
        "500103510001-20261125-0007",
        "500103510001 2026 1125 0007"
      })
  void forgivesSpacesAndDashesPeopleType(String typed) {
    assertEquals("500103510001202611250007", AcceptanceNumber.parse(typed).value());
  }

  @Test
  void hasOneLengthAndReadsLetteredStationCodes() {
    AcceptanceNumber lettered = AcceptanceNumber.parse("h00103510001202603150001");

    assertEquals("H00103510001202603150001", lettered.value());
    assertEquals("H00103510001", lettered.stationCode());
    assertEquals(LocalDate.of(2026, 3, 15), lettered.day());
    assertEquals(AcceptanceNumber.LENGTH, lettered.value().length());
    assertEquals(24, AcceptanceNumber.LENGTH);
    // Shorter station codes made shorter numbers before: now neither is accepted.
    assertThrows(
        IllegalArgumentException.class, () -> AcceptanceNumber.parse("T12345202603150001"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AcceptanceNumber.of("T12345", LocalDate.of(2026, 3, 15), 1));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        // no station code, or one too long
        "202611250007",
        "5001035100012202611250007",
        // not a day: 30 February, month 13, day 00
        "500103510001202602300007",
        "500103510001202613010007",
        "500103510001202611000007",
        // sequence 0000, or five digits where the day should end
        "500103510001202611250000",
        "50010351000120261125007",
        // characters no counter prints
        "500103_10001202611250007",
        "500103510001２02611250007",
        "IDCARD-PICKUP|500103510001202611250007",
        "500999000000000000000"
      })
  void anythingElseIsNotAnAcceptanceNumber(String input) {
    assertEquals(Optional.empty(), AcceptanceNumber.tryParse(input));
    assertThrows(IllegalArgumentException.class, () -> AcceptanceNumber.parse(input));
  }

  /** A citizen ID number without X has the shape of one: its message must not carry it. */
  @Test
  void theMessageOfARefusalDoesNotRepeatTheInput() {
    String typed = "11010519491231002X";

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AcceptanceNumber.parse(typed));

    assertFalse(e.getMessage().contains(typed), e.getMessage());
    assertFalse(e.getMessage().contains("19491231"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10_000})
  void aDayHasSequencesOneTo9999(int sequence) {
    assertThrows(
        IllegalArgumentException.class, () -> AcceptanceNumber.of("500103510001", DAY, sequence));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"5001035100012", "500103-51", "abc"})
  void theStationCodeIsOneToTwelveUpperCaseLettersAndDigits(String stationCode) {
    assertThrows(IllegalArgumentException.class, () -> AcceptanceNumber.of(stationCode, DAY, 1));
  }

  @Test
  void theDayNeedsAFourDigitYear() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AcceptanceNumber.of("500103510001", LocalDate.of(10_000, 1, 1), 1));
    assertThrows(
        IllegalArgumentException.class, () -> AcceptanceNumber.of("500103510001", null, 1));
  }

  @Test
  void equalityIsByTheNumber() {
    AcceptanceNumber number = AcceptanceNumber.of("500103510001", DAY, 7);

    assertEquals(number, AcceptanceNumber.parse("500103510001-20261125-0007"));
    assertEquals(number.hashCode(), AcceptanceNumber.parse("500103510001202611250007").hashCode());
    assertNotEquals(number, AcceptanceNumber.of("500103510001", DAY, 8));
    assertNotEquals(number, AcceptanceNumber.of("500103510002", DAY, 7));
    assertNotEquals(number, "500103510001202611250007");
  }

  @Test
  void aStationsNumbersOfADaySortInTheOrderTheyWereGiven() {
    AcceptanceNumber first = AcceptanceNumber.of("500103510001", DAY, 9);
    AcceptanceNumber second = AcceptanceNumber.of("500103510001", DAY, 10);
    AcceptanceNumber nextDay = AcceptanceNumber.of("500103510001", DAY.plusDays(1), 1);

    assertTrue(first.compareTo(second) < 0);
    assertEquals(
        List.of(first, second, nextDay),
        List.of(nextDay, second, first).stream().sorted().toList());
  }
}
