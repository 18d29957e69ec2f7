package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataSealingTest {

  static PersonalDataSealing sealing(byte keyByte, String keyId) {
    PersonalDataSealing sealing = new PersonalDataSealing();
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, keyByte);
    sealing.keyBase64 = Base64.getEncoder().encodeToString(key);
    sealing.keyId = keyId;
    sealing.indexKeyBase64 = Base64.getEncoder().encodeToString(new byte[16]);
    sealing.cryptography = new Cryptography();
    sealing.cryptography.suiteSetting = "national";
    sealing.cryptography.init();
    sealing.init();
    return sealing;
  }

  @Test
  void aSealedValueNamesItsKeyHidesTheValueAndOpensForItsRowOnly() {
    PersonalDataSealing k1 = sealing((byte) 1, "k1");
    String sealed = k1.seal("13812345678", "notice_contact:7");
    assertTrue(sealed.startsWith("k1:"));
    assertFalse(sealed.contains("13812345678"));
    assertEquals("13812345678", k1.open(sealed, "notice_contact:7"));
    assertThrows(IllegalArgumentException.class, () -> k1.open(sealed, "notice_contact:8"));
  }

  @Test
  void anotherKeyOrAChangedValueDoesNotOpen() {
    PersonalDataSealing k1 = sealing((byte) 1, "k1");
    String sealed = k1.seal("13812345678", "row");
    assertThrows(IllegalArgumentException.class, () -> sealing((byte) 2, "k1").open(sealed, "row"));
    assertThrows(IllegalArgumentException.class, () -> sealing((byte) 1, "k2").open(sealed, "row"));
    char[] changed = sealed.toCharArray();
    changed[changed.length - 3] = changed[changed.length - 3] == 'A' ? 'B' : 'A';
    assertThrows(IllegalArgumentException.class, () -> k1.open(new String(changed), "row"));
  }

  @Test
  void aKeyIdWithTheSeparatorIsRefusedAtStart() {
    assertThrows(IllegalArgumentException.class, () -> sealing((byte) 1, "k:1"));
  }
}
