package cn.cq.police.idcard.mailing.control;

import cn.cq.police.idcard.receipts.control.ChongqingRegions;

/**
 * The regions a card can be posted to: the current GB/T 2260 districts and counties of Chongqing
 * ({@link ChongqingRegions#current()}), the list the product already keeps.
 */
public final class PostalRegions {

  private PostalRegions() {}

  /** How an address names the region, e.g. 重庆市渝中区; the code itself when unknown. */
  public static String addressName(String code) {
    return ChongqingRegions.findCurrent(code).map(region -> "重庆市" + region.name()).orElse(code);
  }
}
