package cn.cq.police.idcard.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import cn.cq.police.idcard.receipts.control.Ethnicities;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {

  private static final long SEED = 20250601L;
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final int VALIDITY_DAYS = 90;

  private static final DemoDataGenerator generator =
      new DemoDataGenerator(SEED, TODAY, VALIDITY_DAYS);
  // Generated once for all tests; the generator is stateless, so sharing is safe.
  private static final List<DemoReceipt> first5000 = generator.receipts(5000).toList();

  private static DemoStation stationWithCode(String code) {
    return DemoStations.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void sameSeedAndIndexGiveEqualReceipts() {
    DemoDataGenerator twin = new DemoDataGenerator(SEED, TODAY, VALIDITY_DAYS);

    for (long index : new long[] {0, 1, 17, 4_999, 1_234_567, 99_999_999}) {
      assertEquals(generator.receipt(index), twin.receipt(index));
    }
  }

  @Test
  void receiptDependsOnlyOnItsIndexNotOnGenerationOrder() {
    DemoDataGenerator fresh = new DemoDataGenerator(SEED, TODAY, VALIDITY_DAYS);

    assertEquals(first5000.get(4321), fresh.receipt(4321));
    assertEquals(first5000.get(0), fresh.receipt(0));
  }

  @Test
  void differentSeedsGiveDifferentPeople() {
    DemoDataGenerator other = new DemoDataGenerator(SEED + 1, TODAY, VALIDITY_DAYS);

    long differentIds =
        first5000.stream()
            .limit(100)
            .filter(r -> !r.idNumber().equals(other.receipt(r.index()).idNumber()))
            .count();
    assertTrue(differentIds > 95);
  }

  @Test
  void streamYieldsIndicesInOrder() {
    assertEquals(5000, first5000.size());
    for (int i = 0; i < first5000.size(); i++) {
      assertEquals(i, first5000.get(i).index());
    }
  }

  @Test
  void rejectsIndicesAndCountsOutsideTheNumberingScheme() {
    assertThrows(IllegalArgumentException.class, () -> generator.receipt(-1));
    assertThrows(IllegalArgumentException.class, () -> generator.receipt(100_000_000));
    assertThrows(IllegalArgumentException.class, () -> generator.receipts(100_000_001));
    assertThrows(IllegalArgumentException.class, () -> new DemoDataGenerator(1, TODAY, 0));
  }

  @Test
  void everyIdNumberParsesAndMatchesThePersonsData() {
    for (DemoReceipt receipt : first5000) {
      CitizenIdNumber parsed = CitizenIdNumber.parse(receipt.idNumber().value());

      assertEquals(receipt.idNumber(), parsed);
      assertEquals(receipt.sex(), parsed.sex());
      assertEquals(receipt.sex() == Sex.MALE ? 1 : 0, parsed.sequence() % 2);
      assertEquals(receipt.birthDate(), parsed.birthDate());
      assertTrue(ChongqingRegions.find(parsed.regionCode()).isPresent(), receipt.toString());
    }
  }

  @Test
  void stationFollowsTheIndexAndStateFollowsThePattern() {
    for (DemoReceipt receipt : first5000) {
      assertEquals(
          DemoStations.all().get((int) (receipt.index() % 5)).code(), receipt.stationCode());
      assertEquals(DemoDataGenerator.stateOf(receipt.index()), receipt.state());
    }
    assertEquals(DemoReceiptState.USABLE, DemoDataGenerator.stateOf(0));
  }

  @Test
  void anyTwentyConsecutiveReceiptsOfAStationHoldTheIntendedMix() {
    for (int station = 0; station < 5; station++) {
      for (long start = 0; start < 60; start++) {
        Map<DemoReceiptState, Integer> counts = new EnumMap<>(DemoReceiptState.class);
        for (long k = start; k < start + 20; k++) {
          counts.merge(DemoDataGenerator.stateOf(k * 5 + station), 1, Integer::sum);
        }
        assertEquals(12, counts.get(DemoReceiptState.USABLE));
        assertEquals(DemoReceiptState.values().length, counts.size());
      }
    }
  }

  @Test
  void everyStateOccursForEveryStationWithinTheFirst200Indices() {
    Map<String, Set<DemoReceiptState>> statesByStation =
        first5000.stream()
            .limit(200)
            .collect(
                Collectors.groupingBy(
                    DemoReceipt::stationCode,
                    Collectors.mapping(
                        DemoReceipt::state,
                        Collectors.toCollection(() -> EnumSet.noneOf(DemoReceiptState.class)))));

    assertEquals(5, statesByStation.size());
    statesByStation.values().forEach(s -> assertEquals(EnumSet.allOf(DemoReceiptState.class), s));
  }

  @Test
  void householdRegionIsInTheStationsJurisdictionExceptForOtherJurisdiction() {
    for (DemoReceipt receipt : first5000) {
      DemoStation station = stationWithCode(receipt.stationCode());
      boolean inJurisdiction =
          station.jurisdictionRegionCodes().contains(receipt.householdRegionCode());
      if (receipt.state() == DemoReceiptState.OTHER_JURISDICTION) {
        assertFalse(inJurisdiction, receipt.toString());
        assertFalse(station.jurisdictionRegionCodes().contains(receipt.idNumber().regionCode()));
        assertTrue(
            DemoStations.all().stream()
                .anyMatch(
                    s -> s.jurisdictionRegionCodes().contains(receipt.householdRegionCode())));
      } else {
        assertTrue(inJurisdiction, receipt.toString());
        assertTrue(station.jurisdictionRegionCodes().contains(receipt.idNumber().regionCode()));
      }
    }
  }

  @Test
  void historicRegionCodeAppearsInSomeQijiangIdNumbers() {
    Set<String> qijiangIdRegions =
        first5000.stream()
            .filter(r -> r.stationCode().equals("500110510001"))
            .filter(r -> r.state() != DemoReceiptState.OTHER_JURISDICTION)
            .map(r -> r.idNumber().regionCode())
            .collect(Collectors.toSet());

    assertEquals(Set.of("500110", "500222"), qijiangIdRegions);
  }

  @Test
  void issueDatesMatchTheState() {
    LocalDate oldestUsable = TODAY.minusDays(VALIDITY_DAYS - 10);
    for (DemoReceipt receipt : first5000) {
      if (receipt.state() == DemoReceiptState.EXPIRED) {
        assertTrue(
            receipt.issueDate().isBefore(TODAY.minusDays(VALIDITY_DAYS)), receipt.toString());
        assertFalse(receipt.issueDate().isBefore(TODAY.minusDays(VALIDITY_DAYS + 200)));
      } else {
        assertFalse(receipt.issueDate().isBefore(oldestUsable), receipt.toString());
        assertFalse(receipt.issueDate().isAfter(TODAY), receipt.toString());
      }
    }
  }

  @Test
  void onlyPhotoFailedReceiptsHaveAFailedPhoto() {
    for (DemoReceipt receipt : first5000) {
      assertEquals(receipt.state() != DemoReceiptState.PHOTO_FAILED, receipt.photoPassed());
    }
  }

  @Test
  void receiptNumbersAreSixteenDigitsAndUniqueOver200000Indices() {
    Set<String> numbers = new HashSet<>();
    generator
        .receipts(200_000)
        .forEach(
            receipt -> {
              assertTrue(receipt.receiptNumber().matches("50\\d{14}"), receipt.receiptNumber());
              assertTrue(numbers.add(receipt.receiptNumber()), receipt.receiptNumber());
            });
    assertEquals(200_000, numbers.size());
  }

  @Test
  void receiptNumbersStayUniqueAtTheTopOfTheIndexRange() {
    Set<String> numbers = new HashSet<>();
    for (long index = 99_999_000; index < 100_000_000; index++) {
      assertTrue(numbers.add(generator.receipt(index).receiptNumber()));
    }
    assertTrue(generator.receipt(99_999_999).receiptNumber().endsWith("99999999"));
  }

  @Test
  void earlierReceiptExistsExactlyForApplicationsInProgress() {
    Set<String> listedNumbers =
        first5000.stream().map(DemoReceipt::receiptNumber).collect(Collectors.toSet());
    for (DemoReceipt receipt : first5000) {
      Optional<DemoReceipt> earlier = generator.earlierReceiptOf(receipt);
      if (receipt.state() != DemoReceiptState.APPLICATION_IN_PROGRESS) {
        assertEquals(Optional.empty(), earlier);
        continue;
      }
      DemoReceipt used = earlier.orElseThrow();
      assertEquals(DemoReceiptState.USED, used.state());
      assertEquals(receipt.idNumber(), used.idNumber());
      assertEquals(receipt.name(), used.name());
      assertEquals(receipt.stationCode(), used.stationCode());
      assertNotEquals(receipt.receiptNumber(), used.receiptNumber());
      assertTrue(used.receiptNumber().matches("59\\d{14}"), used.receiptNumber());
      assertFalse(listedNumbers.contains(used.receiptNumber()));
      assertTrue(used.issueDate().isBefore(receipt.issueDate()));
      assertFalse(used.issueDate().isBefore(TODAY.minusDays(VALIDITY_DAYS - 10)));
      assertTrue(used.photoPassed());
      assertEquals(used, generator.earlierReceiptOf(generator.receipt(receipt.index())).get());
    }
  }

  @Test
  void agesFollowTheApplicantDemographics() {
    int working = 0;
    int children = 0;
    int elderly = 0;
    int renewalCohort = 0;
    for (DemoReceipt receipt : first5000) {
      int age = Period.between(receipt.birthDate(), TODAY).getYears();
      assertTrue(age >= 6 && age <= 90, receipt.toString());
      if (age >= 16 && age <= 45) {
        working++;
      } else if (age < 16) {
        children++;
      } else if (age >= 65) {
        elderly++;
      }
      int year = receipt.birthDate().getYear();
      if (year >= 1985 && year <= 1988) {
        renewalCohort++;
      }
    }
    assertTrue(working > 3000, "16-45: " + working);
    assertTrue(children > 200, "children: " + children);
    assertTrue(elderly > 200, "65+: " + elderly);
    assertTrue(renewalCohort > 1000, "born 1985-1988: " + renewalCohort);
  }

  @Test
  void namesEthnicitiesAndAddressesLookRight() {
    long han = 0;
    Set<String> ethnicities = new HashSet<>();
    for (DemoReceipt receipt : first5000) {
      assertTrue(receipt.name().matches("\\p{IsHan}{2,3}"), receipt.name());
      assertTrue(Ethnicities.isKnown(receipt.ethnicityCode()));
      ethnicities.add(receipt.ethnicityCode());
      if (receipt.ethnicityCode().equals("01")) {
        han++;
      }
      String district = ChongqingRegions.find(receipt.householdRegionCode()).orElseThrow().name();
      assertTrue(
          receipt.householdAddress().startsWith("重庆市" + district), receipt.householdAddress());
      assertTrue(receipt.householdAddress().endsWith("号"), receipt.householdAddress());
    }
    assertTrue(han > 4000 && han < 4800, "汉族: " + han);
    assertTrue(ethnicities.containsAll(Set.of("01", "06", "15")));
  }

  @Test
  void toStringHidesPersonalData() {
    DemoReceipt receipt = first5000.get(0);
    String text = receipt.toString();

    assertFalse(text.contains(receipt.idNumber().value()));
    assertFalse(text.contains(receipt.name()));
    assertTrue(text.contains(receipt.idNumber().masked()));
    assertTrue(text.contains(receipt.receiptNumber()));
    assertTrue(text.contains("USABLE"));
  }

  @Test
  void portraitSeedsDifferBetweenPeople() {
    long distinct = first5000.stream().mapToLong(DemoReceipt::portraitSeed).distinct().count();

    assertEquals(5000, distinct);
  }
}
