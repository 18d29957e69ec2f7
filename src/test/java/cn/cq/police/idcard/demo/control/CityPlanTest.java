package cn.cq.police.idcard.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CityPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  private static CityPlan plan(long receipts, long applications) {
    return new CityPlan(42L, TODAY, 1000, receipts, applications, 20, 5);
  }

  @Test
  void stationsSpreadEvenlyOverEveryCurrentDistrictWithUniqueCodesAndSlugs() {
    List<CityPlan.Station> stations = plan(0, 0).stations();
    assertEquals(1000, stations.size());
    Map<String, Integer> perDistrict = new HashMap<>();
    Set<String> codes = new HashSet<>();
    Set<String> slugs = new HashSet<>();
    for (CityPlan.Station station : stations) {
      perDistrict.merge(station.districtCode(), 1, Integer::sum);
      assertTrue(codes.add(station.code()), station.code());
      assertTrue(slugs.add(station.slug()), station.slug());
      assertEquals(12, station.code().length());
      assertTrue(station.code().startsWith(station.districtCode() + "5"));
      assertTrue(ChongqingRegions.findCurrent(station.districtCode()).isPresent());
    }
    assertEquals(CityPlan.districts().size(), perDistrict.size());
    int min = perDistrict.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = perDistrict.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(max - min <= 1, perDistrict.toString());
    // Never one of the five demo stations' codes.
    DemoStations.all().forEach(demo -> assertFalse(codes.contains(demo.code())));
  }

  @Test
  void fiveAccountsPerStationWithTheClerkNamesTheLoadHarnessUses() {
    Set<String> usernames = new HashSet<>();
    for (CityPlan.Station station : plan(0, 0).stations()) {
      List<CityPlan.Account> accounts = CityPlan.accountsOf(station);
      assertEquals(5, accounts.size());
      accounts.forEach(account -> assertTrue(usernames.add(account.username())));
      assertEquals(station.slug() + ".clerk", accounts.get(0).username());
      assertEquals(station.slug() + ".clerk2", accounts.get(1).username());
    }
    assertEquals(5000, usernames.size());
  }

  @Test
  void receiptsAreDeterministicUniqueAndSpreadOverStationsAndYears() {
    CityPlan plan = plan(200_000, 40_000);
    CityPlan again = plan(200_000, 40_000);
    Set<String> numbers = new HashSet<>();
    Set<String> acceptance = new HashSet<>();
    long used = 0;
    long photos = 0;
    LocalDate oldest = TODAY;
    for (long r = 0; r < plan.receiptCount(); r++) {
      CityPlan.CityReceipt receipt = plan.receipt(r);
      assertTrue(numbers.add(receipt.receiptNumber()), receipt.receiptNumber());
      assertEquals(16, receipt.receiptNumber().length());
      assertEquals(receipt.station().districtCode(), receipt.idNumber().regionCode());
      assertEquals(r % 1000, receipt.station().index());
      assertFalse(receipt.issueDate().isAfter(TODAY));
      oldest = receipt.issueDate().isBefore(oldest) ? receipt.issueDate() : oldest;
      assertFalse(receipt.used() && receipt.withPhoto());
      if (receipt.used()) {
        used++;
        assertTrue(acceptance.add(CityPlan.acceptanceNumber(receipt)));
        assertTrue(CityPlan.submittedOn(receipt).isBefore(TODAY));
      }
      if (receipt.withPhoto()) {
        photos++;
        // The newest receipts: well inside the 90-day validity.
        assertTrue(receipt.issueDate().isAfter(TODAY.minusDays(80)), receipt.toString());
      }
    }
    assertEquals(plan.receipt(123_457), again.receipt(123_457));
    assertEquals(20 * 1000, photos);
    assertTrue(Math.abs(used - 40_000) <= 50, "used " + used);
    assertTrue(oldest.isBefore(TODAY.minusYears(4)), oldest.toString());
  }

  @Test
  void csvListsOnlyPhotoReceiptsStationByStationAndIsBounded() {
    CityPlan plan = plan(200_000, 40_000);
    List<String> lines = plan.receiptCsv(2500);
    assertEquals("state,station,receipt_number,citizen_id_number,name", lines.get(0));
    assertEquals(2501, lines.size());
    Set<String> stations = new HashSet<>();
    for (String line : lines.subList(1, 1001)) {
      String[] cells = line.split(",");
      assertEquals("USABLE", cells[0]);
      assertTrue(stations.add(cells[1]), "one per station in the first round");
    }
    assertEquals(20 * 1000 + 1, plan.receiptCsv(1_000_000).size());
  }

  @Test
  void refusesMoreApplicationsThanReceiptsWithoutPhoto() {
    assertThrows(IllegalArgumentException.class, () -> plan(20_000, 1));
  }
}
