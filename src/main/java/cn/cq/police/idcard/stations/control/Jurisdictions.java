package cn.cq.police.idcard.stations.control;

import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import java.util.Set;
import java.util.TreeSet;

/**
 * A station's jurisdiction as the administrator types it: Chongqing region codes, any separator.
 */
public final class Jurisdictions {

  private Jurisdictions() {}

  /**
   * The region codes in the text, each a known Chongqing code (current or historic).
   *
   * @throws ChangeRefused {@code admin.stations.jurisdictionEmpty} or {@code
   *     admin.stations.regionUnknown} naming the first unknown code
   */
  public static Set<String> parse(String text) {
    Set<String> codes = new TreeSet<>();
    for (String token : (text == null ? "" : text).split("[\\s,，;；、]+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (ChongqingRegions.find(token).isEmpty()) {
        throw new ChangeRefused("admin.stations.regionUnknown", token);
      }
      codes.add(token);
    }
    if (codes.isEmpty()) {
      throw new ChangeRefused("admin.stations.jurisdictionEmpty");
    }
    return codes;
  }
}
