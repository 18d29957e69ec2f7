package cn.cq.police.idcard.receipts.control;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The 56 ethnic groups of GB 3304 by their two-digit code, read from reference/ethnicities.csv. */
public final class Ethnicities {

  private Ethnicities() {}

  // Holder idiom: the file is read once, on first use, without explicit locking.
  private static final class Holder {
    static final Map<String, String> BY_CODE = load();

    private static Map<String, String> load() {
      Map<String, String> byCode = new TreeMap<>();
      for (String[] row : ReferenceCsv.rows("reference/ethnicities.csv", 2)) {
        byCode.put(row[0], row[1]);
      }
      return Collections.unmodifiableMap(byCode);
    }
  }

  /**
   * Returns the full name of an ethnic group, e.g. 汉族 for 01.
   *
   * @throws IllegalArgumentException if the code is unknown
   */
  public static String name(String code) {
    String name = code == null ? null : Holder.BY_CODE.get(code);
    if (name == null) {
      throw new IllegalArgumentException("Unknown ethnicity code: " + code);
    }
    return name;
  }

  public static boolean isKnown(String code) {
    return code != null && Holder.BY_CODE.containsKey(code);
  }

  /** All groups, ordered by code; the map is unmodifiable. */
  public static Map<String, String> all() {
    return Holder.BY_CODE;
  }
}
