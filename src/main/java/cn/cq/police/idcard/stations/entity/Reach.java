package cn.cq.police.idcard.stations.entity;

/**
 * How far an account's supervisor and administrator authority reaches from its own station: the
 * station alone, every station of the station's district (分局), or the whole city (市局). Ordered from
 * narrowest to widest. The counter's work is always at the account's own station.
 */
public enum Reach {
  STATION,
  DISTRICT,
  CITY;

  /** Whether a station lies within this reach of the account's own station. */
  public boolean covers(Station home, Station other) {
    return switch (this) {
      case STATION -> home.getId().equals(other.getId());
      case DISTRICT -> home.getDistrictCode().equals(other.getDistrictCode());
      case CITY -> true;
    };
  }

  /** Whether everything this reach covers, the other covers too. */
  public boolean within(Reach other) {
    return compareTo(other) <= 0;
  }
}
