package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.platform.SealedColumns;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keyrings of fixed test keys: key {@code n} is 32 bytes of the value n. */
public final class TestKeyrings {

  private TestKeyrings() {}

  /**
   * Lets the entities' converters seal and open with a test keyring around each test ({@code
   * ExtendWith(TestKeyrings.Installed.class)}), outside the application.
   */
  public static final class Installed implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
      SealedColumns.use(of(CryptoSuite.INTERNATIONAL, 1));
    }

    @Override
    public void afterEach(ExtensionContext context) {
      SealedColumns.use(null);
    }
  }

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
