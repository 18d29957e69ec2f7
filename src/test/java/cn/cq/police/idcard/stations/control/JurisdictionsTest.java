package cn.cq.police.idcard.stations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.platform.ChangeRefused;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JurisdictionsTest {

  @Test
  void codesAreReadWithAnySeparatorIncludingHistoricOnes() {
    assertEquals(Set.of("500110", "500222"), Jurisdictions.parse("500222, 500110"));
    assertEquals(Set.of("500110", "500222"), Jurisdictions.parse(" 500110，500222；500110 "));
    assertEquals(List.of("500110", "500222"), List.copyOf(Jurisdictions.parse("500222 500110")));
  }

  @Test
  void anUnknownCodeIsNamed() {
    ChangeRefused refused =
        assertThrows(ChangeRefused.class, () -> Jurisdictions.parse("500110, 110101"));
    assertEquals("admin.stations.regionUnknown", refused.messageKey());
    assertEquals("110101", refused.arguments()[0]);
    assertThrows(ChangeRefused.class, () -> Jurisdictions.parse("50011"));
  }

  @Test
  void anEmptyJurisdictionIsRefused() {
    assertEquals(
        "admin.stations.jurisdictionEmpty",
        assertThrows(ChangeRefused.class, () -> Jurisdictions.parse(" , ")).messageKey());
    assertThrows(ChangeRefused.class, () -> Jurisdictions.parse(null));
  }
}
