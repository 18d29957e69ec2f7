package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDifferentCodesInGroupsOfFour() {
    List<String> codes = RecoveryCodes.generate();
    assertEquals(10, codes.size());
    assertEquals(10, new HashSet<>(codes).size());
    codes.forEach(
        code ->
            assertTrue(
                code.matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}"), code));
  }

  @Test
  void aStoredHashMatchesItsCodeTypedLooselyAndNoOther() {
    String code = RecoveryCodes.generate().get(0);
    String stored = RecoveryCodes.hash(code);
    assertFalse(stored.contains(code.replace("-", "")), "never in clear");
    assertTrue(RecoveryCodes.matches(code, stored));
    assertTrue(RecoveryCodes.matches(" " + code.toLowerCase().replace("-", " ") + " ", stored));
    assertFalse(RecoveryCodes.matches(RecoveryCodes.generate().get(0), stored));
    assertFalse(RecoveryCodes.matches("123456", stored));
    assertFalse(RecoveryCodes.matches(null, stored));
    assertFalse(RecoveryCodes.matches(code, "garbage"));
    // Salted: the same code hashes differently each time.
    assertFalse(stored.equals(RecoveryCodes.hash(code)));
  }

  @Test
  void textThatCannotBeACodeIsNoCode() {
    assertNull(RecoveryCodes.normalised("ABCD-EFGH-JKM0"));
    assertNull(RecoveryCodes.normalised("x".repeat(1000)));
    assertNull(RecoveryCodes.normalised("<script>"));
  }
}
