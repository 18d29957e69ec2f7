package cn.cq.police.idcard.stations.boundary;

import cn.cq.police.idcard.proxies.entity.EligibilityPolicy;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
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
  private List<EligibilityPolicy> policies;
  private Map<Long, Long> chosenPolicy = new HashMap<>();
  private Map<Long, List<StaffAccount>> staffByStation;

  public void load() {
    all = stations.all();
    policies = stations.policies();
    all.forEach(
        station -> chosenPolicy.put(station.getId(), station.getEligibilityPolicy().getId()));
    staffByStation = all.stream().collect(Collectors.toMap(Station::getId, stations::staffOf));
  }

  public List<Station> getAll() {
    return all;
  }

  public void savePolicy(Station station) {
    Station changed = stations.changePolicy(station.getId(), chosenPolicy.get(station.getId()));
    FacesText.info(
        "admin.policySaved",
        changed.getName(),
        changed.getEligibilityPolicy().name(FacesText.locale()));
    load();
  }

  public List<EligibilityPolicy> getPolicies() {
    return policies;
  }

  /** The policy chosen in the table, per station id, before it is saved. */
  public Map<Long, Long> getChosenPolicy() {
    return chosenPolicy;
  }

  /** The jurisdiction's region codes in order, as one line. */
  public String jurisdictionOf(Station station) {
    return String.join(", ", new TreeSet<>(station.getJurisdiction()));
  }

  public List<StaffAccount> staffOf(Station station) {
    return staffByStation.getOrDefault(station.getId(), List.of());
  }
}
