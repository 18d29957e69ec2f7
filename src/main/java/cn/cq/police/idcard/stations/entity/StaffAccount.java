package cn.cq.police.idcard.stations.entity;

import cn.cq.police.idcard.audit.entity.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person who logs in: a clerk, supervisor or administrator of one station, whose supervisor and
 * administrator authority reaches that station, its district or the city ({@link Reach}). The
 * password hash is Payara's PBKDF2 format, checked by the database identity store.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "select a from StaffAccount a where a.username = :username")
public class StaffAccount implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BY_USERNAME = "StaffAccount.byUsername";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 50)
  private String username;

  @Column(name = "display_name", nullable = false, length = 50)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "station_id")
  private Station station;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false, length = 10)
  @Enumerated(EnumType.STRING)
  private Reach reach = Reach.STATION;

  /** Set by an administrator's reset: the account may do nothing but choose a new password. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /** Sessions that began before this end at their next request (see AccountChangesEndSessions). */
  @Column(name = "sessions_valid_from")
  private LocalDateTime sessionsValidFrom;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "role", length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected StaffAccount() {}

  public StaffAccount(
      String username,
      String displayName,
      String passwordHash,
      Station station,
      Set<Role> roles,
      LocalDateTime createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.station = station;
    this.roles = EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = createdAt;
  }

  /** This account as the audit trail records it, with its roles and station as they are now. */
  public Actor actor() {
    return new Actor(
        username,
        roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
        station.getCode());
  }

  /** A temporary password that works only to choose a new one. */
  public void resetPassword(String temporaryPasswordHash) {
    this.passwordHash = temporaryPasswordHash;
    this.mustChangePassword = true;
  }

  /** The person's own new password; returns the hash it replaces, for the password history. */
  public String changePassword(String newPasswordHash) {
    String replaced = passwordHash;
    this.passwordHash = newPasswordHash;
    this.mustChangePassword = false;
    return replaced;
  }

  /** The stations this account's supervisor and administrator work reaches. */
  public StationScope scope() {
    return new StationScope(reach, station);
  }

  public void changeReach(Reach newReach) {
    this.reach = newReach;
  }

  public void changeRoles(Set<Role> newRoles) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one role");
    }
    this.roles = EnumSet.copyOf(newRoles);
  }

  /** A locked account cannot log in: the identity store only accepts enabled accounts. */
  public void lock() {
    this.enabled = false;
  }

  public void unlock() {
    this.enabled = true;
  }

  /**
   * Ends every session of this account that began before {@code now}: a change of roles, a lock or
   * a new password must reach the person's open sessions, not only their next login.
   */
  public void endSessionsBefore(LocalDateTime now) {
    this.sessionsValidFrom = now;
  }

  public LocalDateTime sessionsValidFrom() {
    return sessionsValidFrom;
  }

  /** The PBKDF2 hash of the current password, to verify it; never shown or logged. */
  public String passwordHash() {
    return passwordHash;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public boolean holds(Role role) {
    return roles.contains(role);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Station getStation() {
    return station;
  }

  public Reach getReach() {
    return reach;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }
}
