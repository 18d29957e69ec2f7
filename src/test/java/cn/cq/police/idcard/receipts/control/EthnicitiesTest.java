package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EthnicitiesTest {

  @Test
  void holdsThe56EthnicGroups() {
    assertEquals(56, Ethnicities.all().size());
  }

  @Test
  void namesChongqingsLargestGroups() {
    assertEquals("汉族", Ethnicities.name("01"));
    assertEquals("苗族", Ethnicities.name("06"));
    assertEquals("土家族", Ethnicities.name("15"));
    assertEquals("基诺族", Ethnicities.name("56"));
  }

  @Test
  void rejectsUnknownCodes() {
    assertThrows(IllegalArgumentException.class, () -> Ethnicities.name("57"));
    assertThrows(IllegalArgumentException.class, () -> Ethnicities.name("1"));
    assertThrows(IllegalArgumentException.class, () -> Ethnicities.name(null));
  }

  @Test
  void knowsWhichCodesExist() {
    assertTrue(Ethnicities.isKnown("01"));
    assertTrue(Ethnicities.isKnown("56"));
    assertFalse(Ethnicities.isKnown("00"));
    assertFalse(Ethnicities.isKnown("code"));
    assertFalse(Ethnicities.isKnown(null));
  }

  @Test
  void listsAllGroupsOrderedByCode() {
    List<String> codes = new ArrayList<>(Ethnicities.all().keySet());

    assertEquals("01", codes.get(0));
    assertEquals("56", codes.get(55));
    for (int i = 0; i < codes.size(); i++) {
      assertEquals(String.format("%02d", i + 1), codes.get(i));
    }
  }

  @Test
  void allIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> Ethnicities.all().put("57", "x"));
  }
}
