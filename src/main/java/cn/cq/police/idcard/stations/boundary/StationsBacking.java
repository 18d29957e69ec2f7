package cn.cq.police.idcard.stations.boundary;

import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The administrator's overview: every station, its jurisdiction and its staff accounts. */
@Named
@ViewScoped
public class StationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Stations stations;

  private List<Station> all;
  private Map<Long, List<StaffAccount>> staffByStation;

  public void load() {
    all = stations.all();
    staffByStation = all.stream().collect(Collectors.toMap(Station::getId, stations::staffOf));
  }

  public List<Station> getAll() {
    return all;
  }

  /** The jurisdiction's region codes in order, as one line. */
  public String jurisdictionOf(Station station) {
    return String.join(", ", new TreeSet<>(station.getJurisdiction()));
  }

  public List<StaffAccount> staffOf(Station station) {
    return staffByStation.getOrDefault(station.getId(), List.of());
  }
}
