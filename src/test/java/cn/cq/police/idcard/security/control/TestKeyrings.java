package cn.cq.police.idcard.security.control;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keyrings of fixed test keys: key {@code n} is 32 bytes of the value n. */
public final class TestKeyrings {

  private TestKeyrings() {}

  public static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  /** Keys k1 … kN, the last one current, the index key 99. */
  public static PersonalDataKeyring of(CryptoSuite suite, int keys) {
    Map<String, byte[]> ring = new LinkedHashMap<>();
    for (int i = 1; i <= keys; i++) {
      ring.put("k" + i, key(i));
    }
    return new PersonalDataKeyring(suite, ring, "k" + keys, key(99));
  }
}
