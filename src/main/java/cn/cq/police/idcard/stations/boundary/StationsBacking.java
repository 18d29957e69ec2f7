package cn.cq.police.idcard.stations.boundary;

import cn.cq.police.idcard.platform.ChangeRefused;
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

/** The administrator's overview: every station, its jurisdiction and its staff accounts. */
@Named
@ViewScoped
public class StationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Stations stations;

  private List<Station> all;
  private List<EligibilityPolicy> policies;
  private Map<Long, Long> chosenPolicy = new HashMap<>();
  private Map<Long, List<StaffAccount>> staffByStation;

  private Long editingId;
  private String editName;
  private String editAddress;
  private String editOfficeHours;
  private String editPickupDays;
  private String editJurisdiction;
  private boolean editApprovalForAll;

  public void load() {
    all = stations.all();
    policies = stations.policies();
    all.forEach(
        station -> chosenPolicy.put(station.getId(), station.getEligibilityPolicy().getId()));
    staffByStation = stations.staffByStation();
  }

  public List<Station> getAll() {
    return all;
  }

  public void savePolicy(Station station) {
    try {
      Station changed = stations.changePolicy(station.getId(), chosenPolicy.get(station.getId()));
      FacesText.info(
          "admin.policySaved",
          changed.getName(),
          changed.getEligibilityPolicy().name(FacesText.locale()));
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    load();
  }

  /** Opens the station's particulars for editing below the table. */
  public void edit(Station station) {
    editingId = station.getId();
    editName = station.getName();
    editAddress = station.getAddress();
    editOfficeHours = station.getOfficeHours();
    editPickupDays = Integer.toString(station.getWorkingDaysToPickup());
    editJurisdiction = jurisdictionOf(station);
    editApprovalForAll = station.isApprovalForAll();
  }

  public void saveStation() {
    Integer days;
    try {
      days = Integer.valueOf(editPickupDays == null ? "" : editPickupDays.strip());
    } catch (NumberFormatException notANumber) {
      days = null;
    }
    try {
      Station changed =
          stations.change(
              editingId, editName, editAddress, editOfficeHours, days, editJurisdiction);
      if (changed.isApprovalForAll() != editApprovalForAll) {
        stations.requireApprovalForAll(editingId, editApprovalForAll);
      }
      FacesText.info("admin.stations.saved", changed.getName());
      editingId = null;
      load();
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
  }

  public void cancelEdit() {
    editingId = null;
  }

  public boolean isEditApprovalForAll() {
    return editApprovalForAll;
  }

  public void setEditApprovalForAll(boolean editApprovalForAll) {
    this.editApprovalForAll = editApprovalForAll;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public String getEditAddress() {
    return editAddress;
  }

  public void setEditAddress(String editAddress) {
    this.editAddress = editAddress;
  }

  public String getEditOfficeHours() {
    return editOfficeHours;
  }

  public void setEditOfficeHours(String editOfficeHours) {
    this.editOfficeHours = editOfficeHours;
  }

  public String getEditPickupDays() {
    return editPickupDays;
  }

  public void setEditPickupDays(String editPickupDays) {
    this.editPickupDays = editPickupDays;
  }

  public String getEditJurisdiction() {
    return editJurisdiction;
  }

  public void setEditJurisdiction(String editJurisdiction) {
    this.editJurisdiction = editJurisdiction;
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
