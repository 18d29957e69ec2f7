package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.stations.entity.Reach;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.web.FacesText;
import cn.cq.police.idcard.web.ShownOnce;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The administrator's staff accounts page: the list by station, a new account, and for the account
 * chosen by the {@code account} parameter its roles, lock, password reset, second factor and audit
 * history.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffAccounts accounts;

  @Inject ShownOnce shownOnce;

  private Long stationFilter;
  private List<Station> stations;
  private List<StaffAccount> listed;

  private String newUsername;
  private String newDisplayName;
  private Long newStationId;
  private Role[] newRoles = {Role.CLERK};
  private Reach newReach = Reach.STATION;
  private List<Reach> reaches;

  private Long selectedId;
  private StaffAccount selected;
  private Role[] selectedRoles = {};
  private Reach selectedReach;
  private String secondFactor;
  private String certSubject;
  private String certSerial;
  private String certIssuer;

  /** Not kept in the view state (audit entries are not serializable); read again when needed. */
  private transient List<AuditEntry> history;

  public void load() {
    stations = accounts.stations();
    reaches = accounts.grantableReaches();
    listed =
        accounts.all().stream()
            .filter(a -> stationFilter == null || stationFilter.equals(a.getStation().getId()))
            .toList();
    if (selectedId != null) {
      try {
        selected = accounts.byId(selectedId);
        selectedRoles = selected.getRoles().toArray(Role[]::new);
        selectedReach = selected.getReach();
        history = null;
        secondFactor = null;
      } catch (ChangeRefused unknown) {
        selected = null;
        FacesText.error(unknown.messageKey());
      }
    }
  }

  public void filter() {
    load();
  }

  public void create() {
    try {
      StaffAccounts.TemporaryPassword created =
          accounts.create(newUsername, newDisplayName, newStationId, roleSet(newRoles), newReach);
      shownOnce.show(created.username(), created.password(), null);
      FacesText.info("admin.accounts.created", created.username());
      newUsername = null;
      newDisplayName = null;
      load();
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
  }

  public void saveRoles() {
    act(
        () -> accounts.changeRoles(selectedId, roleSet(selectedRoles), selectedReach),
        "admin.accounts.rolesSaved");
  }

  public void lock() {
    act(() -> accounts.lock(selectedId), "admin.accounts.lockedNow");
  }

  public void unlock() {
    act(() -> accounts.unlock(selectedId), "admin.accounts.unlockedNow");
  }

  public void resetPassword() {
    try {
      StaffAccounts.TemporaryPassword reset = accounts.resetPassword(selectedId);
      shownOnce.show(reset.username(), reset.password(), null);
      FacesText.info("admin.accounts.passwordResetDone", reset.username());
      load();
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
  }

  public void resetSecondFactor() {
    act(() -> accounts.resetSecondFactor(selectedId), "admin.accounts.totpReset");
  }

  public void useCertificate() {
    act(
        () -> accounts.useCertificate(selectedId, certSubject, certSerial, certIssuer),
        "admin.accounts.certificateSaved");
  }

  public void useOneTimePassword() {
    act(() -> accounts.useOneTimePassword(selectedId), "admin.accounts.totpChosen");
  }

  /** ENROLMENT, CODE or CERTIFICATE, for the page's wording. */
  public String getSecondFactor() {
    if (selected == null) {
      return null;
    }
    if (secondFactor == null) {
      secondFactor = accounts.secondFactorOf(selected.getId()).name();
    }
    return secondFactor;
  }

  private void act(Runnable change, String doneKey) {
    try {
      change.run();
      load();
      FacesText.info(doneKey, selected.getUsername());
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
      load();
    }
  }

  /** An empty choice stays empty, so the boundary refuses it with its message. */
  private static Set<Role> roleSet(Role[] roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (roles != null) {
      set.addAll(Arrays.asList(roles));
    }
    return set;
  }

  public String rolesText(StaffAccount account) {
    return String.join(
        ", ",
        account.getRoles().stream()
            .sorted()
            .map(role -> FacesText.text("role." + role.name()))
            .toList());
  }

  public String reachText(StaffAccount account) {
    return FacesText.text("reach." + account.getReach().name());
  }

  public boolean isSelected(StaffAccount account) {
    return selected != null && Objects.equals(account.getId(), selected.getId());
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<Reach> getReaches() {
    return reaches;
  }

  public Reach getNewReach() {
    return newReach;
  }

  public void setNewReach(Reach newReach) {
    this.newReach = newReach;
  }

  public Reach getSelectedReach() {
    return selectedReach;
  }

  public void setSelectedReach(Reach selectedReach) {
    this.selectedReach = selectedReach;
  }

  public List<Station> getStations() {
    return stations;
  }

  public List<StaffAccount> getListed() {
    return listed;
  }

  public Long getStationFilter() {
    return stationFilter;
  }

  public void setStationFilter(Long stationFilter) {
    this.stationFilter = stationFilter;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public Long getNewStationId() {
    return newStationId;
  }

  public void setNewStationId(Long newStationId) {
    this.newStationId = newStationId;
  }

  public Role[] getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(Role[] newRoles) {
    this.newRoles = newRoles;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public StaffAccount getSelected() {
    return selected;
  }

  public Role[] getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(Role[] selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getCertSubject() {
    return certSubject;
  }

  public void setCertSubject(String certSubject) {
    this.certSubject = certSubject;
  }

  public String getCertSerial() {
    return certSerial;
  }

  public void setCertSerial(String certSerial) {
    this.certSerial = certSerial;
  }

  public String getCertIssuer() {
    return certIssuer;
  }

  public void setCertIssuer(String certIssuer) {
    this.certIssuer = certIssuer;
  }

  public List<AuditEntry> getHistory() {
    if (history == null) {
      history = selected == null ? List.of() : accounts.historyOf(selected.getId());
    }
    return history;
  }
}
