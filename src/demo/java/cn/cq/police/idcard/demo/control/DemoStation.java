package cn.cq.police.idcard.demo.control;

import java.util.List;

/**
 * A police station of the demo data set.
 *
 * @param code 12-digit public-security organisation code: district code + "5" + 5 digits
 * @param slug short Latin key used to build demo account names, e.g. yuzhong
 * @param jurisdictionRegionCodes region codes whose households this station serves, including
 *     historic codes of its district
 * @param workingDaysToPickup working days until a new card can be collected at this station
 */
public record DemoStation(
    String code,
    String slug,
    String name,
    String district,
    String districtCode,
    List<String> jurisdictionRegionCodes,
    String address,
    String officeHours,
    int workingDaysToPickup) {

  public DemoStation {
    jurisdictionRegionCodes = List.copyOf(jurisdictionRegionCodes);
  }
}
