package cn.cq.police.idcard.receipts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException.Reason;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

  /** The sample number printed in GB 11643-1999. */
  private static final String STANDARD_SAMPLE = "11010519491231002X";

  /**
   * ISO 7064 MOD 11-2 in its recursive form, independent of the weight table used in production: p
   * = 2 (p + digit) mod 11 over all digits, check value = (12 - p) mod 11, 10 written as X.
   */
  private static char independentCheckCharacter(String first17) {
    int p = 0;
    for (char c : first17.toCharArray()) {
      p = ((p + (c - '0')) * 2) % 11;
    }
    int check = (12 - p) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static String withCheck(String first17) {
    return first17 + independentCheckCharacter(first17);
  }

  @Test
  void parsesTheStandardSample() {
    CitizenIdNumber id = CitizenIdNumber.parse(STANDARD_SAMPLE);

    assertEquals(STANDARD_SAMPLE, id.value());
    assertEquals("110105", id.regionCode());
    assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
    assertEquals(2, id.sequence());
    assertEquals(Sex.FEMALE, id.sex());
  }

  @Test
  void independentAlgorithmAgreesWithTheStandardSample() {
    assertEquals('X', independentCheckCharacter(STANDARD_SAMPLE.substring(0, 17)));
  }

  @Test
  void checkCharacterAgreesWithTheRecursiveAlgorithm() {
    Random random = new Random(42);
    for (int i = 0; i < 10_000; i++) {
      StringBuilder digits = new StringBuilder();
      for (int d = 0; d < 17; d++) {
        digits.append((char) ('0' + random.nextInt(10)));
      }
      String first17 = digits.toString();
      assertEquals(independentCheckCharacter(first17), CitizenIdNumber.checkCharacter(first17));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567890123456", "12345678901234567X", "1234567890123456a"})
  void checkCharacterRejectsAnythingButSeventeenDigits(String input) {
    assertThrows(IllegalArgumentException.class, () -> CitizenIdNumber.checkCharacter(input));
  }

  @Test
  void publishedSampleFrom1880HasACorrectCheckCharacterButABirthDateBefore1900() {
    assertEquals('4', CitizenIdNumber.checkCharacter("44052418800101001"));

    InvalidCitizenIdNumberException e =
        assertThrows(
            InvalidCitizenIdNumberException.class,
            () -> CitizenIdNumber.parse("440524188001010014"));
    assertEquals(Reason.BIRTH_DATE, e.reason());
  }

  @Test
  void acceptsLowerCaseXAndStoresUpperCase() {
    CitizenIdNumber id = CitizenIdNumber.parse("11010519491231002x");

    assertEquals(STANDARD_SAMPLE, id.value());
    assertEquals(CitizenIdNumber.parse(STANDARD_SAMPLE), id);
    assertEquals(CitizenIdNumber.parse(STANDARD_SAMPLE).hashCode(), id.hashCode());
  }

  @Test
  void trimsSurroundingWhitespaceIncludingIdeographicSpace() {
    assertEquals(STANDARD_SAMPLE, CitizenIdNumber.parse(" \t" + STANDARD_SAMPLE + "\n").value());
    assertEquals(STANDARD_SAMPLE, CitizenIdNumber.parse("\u3000" + STANDARD_SAMPLE).value());
  }

  static Stream<Arguments> invalidNumbers() {
    String nextYear = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1);
    return Stream.of(
        Arguments.of(null, Reason.EMPTY),
        Arguments.of("", Reason.EMPTY),
        Arguments.of("   ", Reason.EMPTY),
        Arguments.of("11010519491231002", Reason.LENGTH),
        Arguments.of("11010519491231002X0", Reason.LENGTH),
        Arguments.of("110105194912310", Reason.LENGTH),
        Arguments.of("1101051949123100XX", Reason.CHARACTERS),
        Arguments.of("11010519491231002Y", Reason.CHARACTERS),
        Arguments.of("11O10519491231002X", Reason.CHARACTERS),
        Arguments.of("11010519491231 02X", Reason.CHARACTERS),
        // Full-width digits are digits to Character.isDigit, but not to the standard.
        Arguments.of("１１010519491231002X", Reason.CHARACTERS),
        Arguments.of(withCheck("99010519491231002"), Reason.REGION),
        Arguments.of(withCheck("00010519491231002"), Reason.REGION),
        Arguments.of(withCheck("19010519491231002"), Reason.REGION),
        Arguments.of(withCheck("84010519491231002"), Reason.REGION),
        Arguments.of(withCheck("50010119990229001"), Reason.BIRTH_DATE),
        Arguments.of(withCheck("50010119001301001"), Reason.BIRTH_DATE),
        Arguments.of(withCheck("50010119850431001"), Reason.BIRTH_DATE),
        Arguments.of(withCheck("50010118991231001"), Reason.BIRTH_DATE),
        Arguments.of(withCheck("500101" + nextYear + "0101001"), Reason.BIRTH_DATE),
        Arguments.of("110105194912310021", Reason.CHECK_CHARACTER),
        Arguments.of("110105194912310029", Reason.CHECK_CHARACTER));
  }

  @ParameterizedTest
  @MethodSource("invalidNumbers")
  void rejectsInvalidNumbersWithTheirReason(String input, Reason expected) {
    InvalidCitizenIdNumberException e =
        assertThrows(InvalidCitizenIdNumberException.class, () -> CitizenIdNumber.parse(input));

    assertEquals(expected, e.reason());
    assertEquals(Optional.empty(), CitizenIdNumber.tryParse(input));
  }

  @ParameterizedTest
  @MethodSource("invalidNumbers")
  void exceptionMessageNeverContainsTheInput(String input, Reason ignored) {
    InvalidCitizenIdNumberException e =
        assertThrows(InvalidCitizenIdNumberException.class, () -> CitizenIdNumber.parse(input));

    if (input != null && !input.isBlank()) {
      assertFalse(e.getMessage().contains(input.strip()), e.getMessage());
      // Not even the birth date part, which would identify a person together with other data.
      if (input.strip().length() >= 14) {
        assertFalse(e.getMessage().contains(input.strip().substring(6, 14)));
      }
    }
  }

  @Test
  void leapDayIsValidOnlyInLeapYears() {
    assertEquals(
        LocalDate.of(2000, 2, 29),
        CitizenIdNumber.parse(withCheck("50010120000229001")).birthDate());
    assertEquals(
        LocalDate.of(1988, 2, 29),
        CitizenIdNumber.parse(withCheck("50010119880229002")).birthDate());
    assertEquals(Optional.empty(), CitizenIdNumber.tryParse(withCheck("50010119990229001")));
    // 1900 is divisible by 100 but not by 400, so it had no 29 February.
    assertEquals(Optional.empty(), CitizenIdNumber.tryParse(withCheck("50010119000229001")));
  }

  @Test
  void acceptsTheEarliestAllowedBirthDateAndToday() {
    assertTrue(CitizenIdNumber.tryParse(withCheck("50010119000101001")).isPresent());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertEquals(today, CitizenIdNumber.of("500101", today, 1).birthDate());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 123, 999})
  void oddSequenceMeansMale(int sequence) {
    CitizenIdNumber id = CitizenIdNumber.of("500103", LocalDate.of(1990, 1, 1), sequence);

    assertEquals(Sex.MALE, id.sex());
    assertEquals(sequence, id.sequence());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 100, 998})
  void evenSequenceMeansFemale(int sequence) {
    CitizenIdNumber id = CitizenIdNumber.of("500103", LocalDate.of(1990, 1, 1), sequence);

    assertEquals(Sex.FEMALE, id.sex());
    assertEquals(sequence, id.sequence());
  }

  @Test
  void ofRoundTripsThroughParse() {
    LocalDate birthDate = LocalDate.of(1986, 7, 15);
    CitizenIdNumber built = CitizenIdNumber.of("500106", birthDate, 37);
    CitizenIdNumber parsed = CitizenIdNumber.parse(built.value());

    assertEquals(built, parsed);
    assertEquals("500106198607150" + "37", built.value().substring(0, 17));
    assertEquals(
        independentCheckCharacter(built.value().substring(0, 17)), built.value().charAt(17));
    assertEquals("500106", parsed.regionCode());
    assertEquals(birthDate, parsed.birthDate());
    assertEquals(37, parsed.sequence());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1000})
  void ofRejectsSequenceOutsideOneTo999(int sequence) {
    assertThrows(
        IllegalArgumentException.class,
        () -> CitizenIdNumber.of("500101", LocalDate.of(1990, 1, 1), sequence));
  }

  @Test
  void ofRejectsInvalidRegionAndBirthDate() {
    LocalDate birthDate = LocalDate.of(1990, 1, 1);
    assertEquals(
        Reason.REGION,
        assertThrows(
                InvalidCitizenIdNumberException.class,
                () -> CitizenIdNumber.of("50010", birthDate, 1))
            .reason());
    assertEquals(
        Reason.REGION,
        assertThrows(
                InvalidCitizenIdNumberException.class,
                () -> CitizenIdNumber.of("990101", birthDate, 1))
            .reason());
    assertEquals(
        Reason.BIRTH_DATE,
        assertThrows(
                InvalidCitizenIdNumberException.class,
                () -> CitizenIdNumber.of("500101", LocalDate.of(1899, 12, 31), 1))
            .reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"500222", "500225", "500234", "500381"})
  void historicChongqingRegionCodesStayValid(String historicCode) {
    CitizenIdNumber id = CitizenIdNumber.of(historicCode, LocalDate.of(1985, 3, 7), 1);

    assertEquals(historicCode, CitizenIdNumber.parse(id.value()).regionCode());
  }

  @Test
  void masksTheBirthDate() {
    CitizenIdNumber id = CitizenIdNumber.parse(STANDARD_SAMPLE);

    assertEquals("110105********002X", id.masked());
    assertEquals(18, id.masked().length());
  }

  @Test
  void toStringIsMasked() {
    CitizenIdNumber id = CitizenIdNumber.parse(STANDARD_SAMPLE);

    assertEquals(id.masked(), id.toString());
    assertFalse(String.valueOf(id).contains("19491231"));
  }

  @Test
  void equalityIsByValue() {
    CitizenIdNumber a = CitizenIdNumber.of("500101", LocalDate.of(1990, 1, 1), 1);

    assertEquals(a, CitizenIdNumber.parse(a.value()));
    assertNotEquals(a, CitizenIdNumber.of("500101", LocalDate.of(1990, 1, 1), 3));
    assertNotEquals(a, a.value());
  }

  @Test
  void tryParseReturnsTheNumberForValidInput() {
    assertEquals(
        Optional.of(CitizenIdNumber.parse(STANDARD_SAMPLE)),
        CitizenIdNumber.tryParse(STANDARD_SAMPLE));
  }
}
