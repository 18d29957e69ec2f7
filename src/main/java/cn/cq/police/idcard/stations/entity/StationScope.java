package cn.cq.police.idcard.stations.entity;

import java.util.Map;

/**
 * The stations an account's supervisor or administrator authority reaches: its own station, its
 * station's district, or the city. Data access asks it both ways: whether one station is covered,
 * and as a query condition, so out-of-scope rows are never read.
 */
public record StationScope(Reach reach, Station home) {

  public boolean covers(Station station) {
    return station != null && reach.covers(home, station);
  }

  /**
   * A JPQL condition that holds for the stations in scope, on the station at {@code stationPath}
   * (such as {@code "s"} or {@code "a.station"}); adds the parameters it uses.
   */
  public String condition(String stationPath, Map<String, Object> parameters) {
    return switch (reach) {
      case STATION -> {
        parameters.put("scopeStation", home.getId());
        yield stationPath + ".id = :scopeStation";
      }
      case DISTRICT -> {
        parameters.put("scopeDistrict", home.getDistrictCode());
        yield stationPath + ".districtCode = :scopeDistrict";
      }
      case CITY -> stationPath + ".id is not null";
    };
  }
}
