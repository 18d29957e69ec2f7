package cn.cq.police.idcard.receipts.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 2260 region codes of Chongqing, read from reference/chongqing-regions.csv, including
 * historic codes that still begin ID numbers issued before a county became a district.
 */
public final class ChongqingRegions {

  private ChongqingRegions() {}

  /** One region code; historic codes name a former county or city. */
  public record Region(String code, String name, boolean historic) {}

  // Holder idiom: the file is read once, on first use, without explicit locking.
  private static final class Holder {
    static final Map<String, Region> BY_CODE = load();
    static final List<Region> ALL = List.copyOf(BY_CODE.values());
    static final List<Region> CURRENT = ALL.stream().filter(region -> !region.historic()).toList();

    private static Map<String, Region> load() {
      Map<String, Region> byCode = new LinkedHashMap<>();
      for (String[] row : ReferenceCsv.rows("reference/chongqing-regions.csv", 3)) {
        byCode.put(row[0], new Region(row[0], row[1], isHistoric(row[2])));
      }
      return Collections.unmodifiableMap(byCode);
    }

    private static boolean isHistoric(String status) {
      return switch (status) {
        case "historic" -> true;
        case "current" -> false;
        default -> throw new IllegalStateException("Unknown region status: " + status);
      };
    }
  }

  public static Optional<Region> find(String code) {
    return Optional.ofNullable(code == null ? null : Holder.BY_CODE.get(code));
  }

  /** A region that is an address today (not a historic code), e.g. for a station photo or post. */
  public static Optional<Region> findCurrent(String code) {
    return find(code).filter(region -> !region.historic());
  }

  /** The current regions, ascending by code. */
  public static List<Region> current() {
    return Holder.CURRENT;
  }

  /** All regions in file order, which is ascending by code. */
  public static List<Region> all() {
    return Holder.ALL;
  }
}
