package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.security.control.ClientCertificates;
import cn.cq.police.idcard.security.control.LoginThrottle;
import cn.cq.police.idcard.security.control.SecondFactorChecks;
import cn.cq.police.idcard.security.control.TemporaryPasswords;
import cn.cq.police.idcard.security.entity.RecoveryCode;
import cn.cq.police.idcard.security.entity.SecondFactor;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.control.ScopedStations;
import cn.cq.police.idcard.stations.entity.Reach;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The administrator's work on staff accounts: create, change roles and reach, lock and unlock,
 * reset the password, choose and reset the second factor. Only accounts within the administrator's
 * scope are found at all (see {@link ScopedStations#manages}); nobody grants a reach wider than
 * their own. Every change is audited with the account's user name as subject; temporary passwords
 * are returned to be shown once and are never stored or audited in clear.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class StaffAccounts {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
  static final int DISPLAY_NAME_MAX = 50;
  static final int HISTORY_MAX = 100;

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject ScopedStations scoped;

  @Inject AuditTrail trail;

  @Inject LoginThrottle throttle;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject Clock clock;

  @Inject SecondFactorChecks secondFactorChecks;

  /** A new or reset account's temporary password, for the administrator's eyes only, once. */
  public record TemporaryPassword(String username, String password) {}

  @PostConstruct
  void init() {
    passwordHash.initialize(SecurityConfiguration.passwordHashParameters());
  }

  public List<StaffAccount> all() {
    return scoped.accounts(directory.current());
  }

  public List<Station> stations() {
    return scoped.stations(directory.current().scope());
  }

  /** The reaches the caller may give: none wider than their own. */
  public List<Reach> grantableReaches() {
    Reach own = directory.current().getReach();
    return Arrays.stream(Reach.values()).filter(reach -> reach.within(own)).toList();
  }

  /** An account the caller manages; any other id, existing or not, is refused alike. */
  public StaffAccount byId(Long id) {
    return scoped
        .account(directory.current(), id)
        .orElseThrow(() -> new ChangeRefused("admin.accounts.unknown"));
  }

  /** A new account that must choose its own password at the first login. */
  public TemporaryPassword create(
      String usernameInput, String displayNameInput, Long stationId, Set<Role> roles, Reach reach) {
    String username = usernameInput == null ? "" : usernameInput.strip();
    if (!USERNAME.matcher(username).matches()) {
      throw new ChangeRefused("admin.accounts.usernameInvalid");
    }
    if (directory.byUsername(username).isPresent()) {
      throw new ChangeRefused("admin.accounts.usernameTaken", username);
    }
    String displayName = displayNameInput == null ? "" : displayNameInput.strip();
    if (displayName.isEmpty() || displayName.length() > DISPLAY_NAME_MAX) {
      throw new ChangeRefused("admin.accounts.displayNameInvalid", DISPLAY_NAME_MAX);
    }
    StaffAccount admin = directory.current();
    Station station =
        scoped
            .station(admin.scope(), stationId)
            .orElseThrow(() -> new ChangeRefused("admin.accounts.stationMissing"));
    requireRoles(roles);
    requireGrantable(admin, reach);
    String temporary = TemporaryPasswords.generate();
    String temporaryHash = hash(temporary);
    StaffAccount account =
        new StaffAccount(
            username, displayName, temporaryHash, station, roles, LocalDateTime.now(clock));
    account.changeReach(reach);
    account.resetPassword(temporaryHash);
    em.persist(account);
    trail.record(
        admin.actor(),
        AuditEvent.of("account.created", "account", username).withAfter(stateOf(account)));
    return new TemporaryPassword(username, temporary);
  }

  /** New roles and reach; the person's open sessions end, so they take effect at once. */
  public StaffAccount changeRoles(Long accountId, Set<Role> roles, Reach reach) {
    StaffAccount account = byId(accountId);
    requireRoles(roles);
    StaffAccount admin = directory.current();
    requireGrantable(admin, reach);
    if (account.getId().equals(admin.getId())
        && (!roles.contains(Role.ADMINISTRATOR) || reach != admin.getReach())) {
      throw new ChangeRefused("admin.accounts.notYourself");
    }
    String before = authorityOf(account);
    account.changeRoles(roles);
    account.changeReach(reach);
    account.endSessionsBefore(LocalDateTime.now(clock));
    trail.record(
        admin.actor(),
        AuditEvent.of("account.rolesChanged", "account", account.getUsername())
            .withBefore(before)
            .withAfter(authorityOf(account)));
    return account;
  }

  public StaffAccount lock(Long accountId) {
    StaffAccount account = byId(accountId);
    StaffAccount admin = directory.current();
    if (account.getId().equals(admin.getId())) {
      throw new ChangeRefused("admin.accounts.notYourself");
    }
    boolean before = account.isEnabled();
    account.lock();
    account.endSessionsBefore(LocalDateTime.now(clock));
    trail.record(
        admin.actor(),
        AuditEvent.of("account.locked", "account", account.getUsername())
            .withBefore("enabled=" + before)
            .withAfter("enabled=false"));
    return account;
  }

  public StaffAccount unlock(Long accountId) {
    StaffAccount account = byId(accountId);
    boolean before = account.isEnabled();
    account.unlock();
    // Unlocking also lifts a lockout after failed logins.
    throttle.clear(account.getUsername());
    trail.record(
        directory.current().actor(),
        AuditEvent.of("account.unlocked", "account", account.getUsername())
            .withBefore("enabled=" + before)
            .withAfter("enabled=true"));
    return account;
  }

  /** A new temporary password; the account must change it at its next login. */
  public TemporaryPassword resetPassword(Long accountId) {
    StaffAccount account = byId(accountId);
    String temporary = TemporaryPasswords.generate();
    account.resetPassword(hash(temporary));
    account.endSessionsBefore(LocalDateTime.now(clock));
    throttle.clear(account.getUsername());
    trail.record(
        directory.current().actor(),
        AuditEvent.of("account.passwordReset", "account", account.getUsername())
            .withAfter("mustChangePassword=true"));
    return new TemporaryPassword(account.getUsername(), temporary);
  }

  /** What the account needs after its password (the page shows it). */
  public SecondFactorChecks.Requirement secondFactorOf(Long accountId) {
    return secondFactorChecks.requirementOf(byId(accountId).getUsername());
  }

  /**
   * Forgets the account's one-time-password secret and recovery codes: the next login enrols again
   * (a lost or replaced phone). Its open sessions end and a lockout is lifted.
   */
  public StaffAccount resetSecondFactor(Long accountId) {
    StaffAccount account = byId(accountId);
    LocalDateTime now = LocalDateTime.now(clock);
    SecondFactor factor = secondFactorRow(account.getUsername(), now);
    String before = "secondFactor=" + factor.getKind();
    factor.resetOneTimePassword(now);
    forgetRecoveryCodes(account.getUsername());
    account.endSessionsBefore(now);
    // A person locked out by wrong codes after losing the phone can log in again.
    throttle.clear(account.getUsername());
    trail.record(
        directory.current().actor(),
        AuditEvent.of("account.secondFactorReset", "account", account.getUsername())
            .withBefore(before)
            .withAfter("secondFactor=TOTP; enrolled=false"));
    return account;
  }

  /**
   * The account logs in with a client certificate from now on: the registered subject, or serial
   * number and issuer. Its one-time password, if any, is forgotten; its open sessions end.
   */
  public StaffAccount useCertificate(Long accountId, String subject, String serial, String issuer) {
    StaffAccount account = byId(accountId);
    ClientCertificates.Registered registered;
    try {
      registered = ClientCertificates.Registered.of(subject, serial, issuer);
    } catch (IllegalArgumentException unreadable) {
      throw new ChangeRefused("admin.accounts.certificateInvalid");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    SecondFactor factor = secondFactorRow(account.getUsername(), now);
    String before = "secondFactor=" + factor.getKind();
    factor.useCertificate(registered.subject(), registered.serial(), registered.issuer(), now);
    forgetRecoveryCodes(account.getUsername());
    account.endSessionsBefore(now);
    trail.record(
        directory.current().actor(),
        AuditEvent.of("account.secondFactorChanged", "account", account.getUsername())
            .withBefore(before)
            .withAfter(
                "secondFactor=CERTIFICATE; "
                    + (registered.subject() != null
                        ? "subject=" + registered.subject()
                        : "serial=" + registered.serial() + "; issuer=" + registered.issuer())));
    return account;
  }

  /** The account logs in with a one-time password again, enrolled at its next login. */
  public StaffAccount useOneTimePassword(Long accountId) {
    StaffAccount account = byId(accountId);
    LocalDateTime now = LocalDateTime.now(clock);
    SecondFactor factor = secondFactorRow(account.getUsername(), now);
    String before = "secondFactor=" + factor.getKind();
    factor.useOneTimePassword(now);
    account.endSessionsBefore(now);
    trail.record(
        directory.current().actor(),
        AuditEvent.of("account.secondFactorChanged", "account", account.getUsername())
            .withBefore(before)
            .withAfter("secondFactor=TOTP"));
    return account;
  }

  private SecondFactor secondFactorRow(String username, LocalDateTime now) {
    SecondFactor factor = em.find(SecondFactor.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (factor == null) {
      factor = new SecondFactor(username, now);
      em.persist(factor);
    }
    return factor;
  }

  private void forgetRecoveryCodes(String username) {
    em.createNamedQuery(RecoveryCode.DELETE_OF).setParameter("username", username).executeUpdate();
  }

  /** What was done to the account and what it did itself, newest first. */
  public List<AuditEntry> historyOf(Long accountId) {
    String username = byId(accountId).getUsername();
    Map<Long, AuditEntry> bySequence = new LinkedHashMap<>();
    Stream.concat(
            trail.ofSubject("account", username).stream(),
            trail.byActor(username, HISTORY_MAX).stream())
        .forEach(entry -> bySequence.putIfAbsent(entry.getSequence(), entry));
    return bySequence.values().stream()
        .sorted(Comparator.comparingLong(AuditEntry::getSequence).reversed())
        .limit(HISTORY_MAX)
        .toList();
  }

  private String hash(String password) {
    return passwordHash.generate(password.toCharArray());
  }

  private static void requireGrantable(StaffAccount admin, Reach reach) {
    if (reach == null) {
      throw new ChangeRefused("admin.accounts.reachMissing");
    }
    if (!reach.within(admin.getReach())) {
      throw new ChangeRefused("admin.accounts.reachTooWide");
    }
  }

  private static void requireRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new ChangeRefused("admin.accounts.rolesMissing");
    }
  }

  static String rolesOf(Set<Role> roles) {
    return new TreeSet<>(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles)
        .stream().map(Role::name).collect(Collectors.joining(","));
  }

  private static String authorityOf(StaffAccount account) {
    return "roles=" + rolesOf(account.getRoles()) + "; reach=" + account.getReach();
  }

  private static String stateOf(StaffAccount account) {
    return "station="
        + account.getStation().getCode()
        + "; "
        + authorityOf(account)
        + "; enabled="
        + account.isEnabled()
        + "; mustChangePassword="
        + account.isMustChangePassword();
  }
}
