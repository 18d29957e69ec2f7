package cn.cq.police.idcard.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoStationsTest {

  @Test
  void listsTheFiveStationsInOrder() {
    List<DemoStation> stations = DemoStations.all();

    assertEquals(
        List.of("500103510001", "500105510001", "500106510001", "500101510001", "500110510001"),
        stations.stream().map(DemoStation::code).toList());
    assertEquals(
        List.of("yuzhong", "jiangbei", "shapingba", "wanzhou", "qijiang"),
        stations.stream().map(DemoStation::slug).toList());
    assertEquals(
        List.of(20, 20, 20, 40, 40),
        stations.stream().map(DemoStation::workingDaysToPickup).toList());
  }

  @Test
  void stationCodesAreDistrictCodePlusFivePlusFiveDigits() {
    for (DemoStation station : DemoStations.all()) {
      assertTrue(station.code().matches(station.districtCode() + "5\\d{5}"), station.code());
      assertTrue(station.address().startsWith("重庆市" + station.district()), station.address());
      assertEquals(
          station.district(), ChongqingRegions.find(station.districtCode()).orElseThrow().name());
    }
  }

  @Test
  void qijiangAlsoServesTheHistoricCountyCode() {
    DemoStation qijiang = DemoStations.all().get(4);

    assertEquals(List.of("500110", "500222"), qijiang.jurisdictionRegionCodes());
    assertTrue(ChongqingRegions.find("500222").orElseThrow().historic());
  }

  @Test
  void jurisdictionListsAreImmutable() {
    assertThrows(
        UnsupportedOperationException.class,
        () -> DemoStations.all().get(0).jurisdictionRegionCodes().add("500104"));
  }
}
