package cn.cq.police.idcard.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MobileNumberTest {

  @Test
  void typedFormsAreNormalised() {
    for (String typed :
        new String[] {
          "13812345678", " 138 1234 5678 ", "138-1234-5678", "+86 138 1234 5678", "8613812345678"
        }) {
      assertEquals("13812345678", MobileNumber.parse(typed).orElseThrow().digits(), typed);
    }
  }

  @Test
  void whatIsNotAMainlandMobileIsRefused() {
    for (String typed :
        new String[] {
          "",
          "12812345678",
          "1381234567",
          "138123456789",
          "023-63961234",
          "1381234567a",
          "１３８１２３４５６７８"
        }) {
      assertTrue(MobileNumber.parse(typed).isEmpty(), typed);
    }
    assertTrue(MobileNumber.parse(null).isEmpty());
  }

  @Test
  void itShowsItselfOnlyMasked() {
    MobileNumber mobile = MobileNumber.parse("13812345678").orElseThrow();
    assertEquals("138****5678", mobile.masked());
    assertEquals("138****5678", mobile.toString());
    assertEquals("138****5678", "" + mobile);
  }
}
