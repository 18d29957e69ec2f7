package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.receipts.control.ChongqingRegions.Region;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChongqingRegionsTest {

  @Test
  void findsCurrentDistricts() {
    assertEquals(Optional.of(new Region("500103", "渝中区", false)), ChongqingRegions.find("500103"));
    assertEquals(Optional.of(new Region("500110", "綦江区", false)), ChongqingRegions.find("500110"));
  }

  @Test
  void findsHistoricCodes() {
    assertEquals(Optional.of(new Region("500222", "綦江县", true)), ChongqingRegions.find("500222"));
    assertTrue(ChongqingRegions.find("500381").orElseThrow().historic());
    // Short-lived codes of the 1990s, before 长寿 and 黔江 became districts.
    assertEquals(Optional.of(new Region("500221", "长寿县", true)), ChongqingRegions.find("500221"));
    assertEquals(
        Optional.of(new Region("500239", "黔江土家族苗族自治县", true)), ChongqingRegions.find("500239"));
  }

  @Test
  void findsNothingOutsideChongqing() {
    assertEquals(Optional.empty(), ChongqingRegions.find("110105"));
    assertEquals(Optional.empty(), ChongqingRegions.find(null));
    // The header row of the file is not data.
    assertEquals(Optional.empty(), ChongqingRegions.find("code"));
  }

  @Test
  void listsAllRegionsAscendingWithoutCommentsOrHeader() {
    List<Region> all = ChongqingRegions.all();

    assertEquals(53, all.size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0);
    }
    for (Region region : all) {
      assertTrue(region.code().matches("50\\d{4}"), region.code());
    }
    assertEquals(15, all.stream().filter(Region::historic).count());
  }

  @Test
  void allIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> ChongqingRegions.all().clear());
  }
}
