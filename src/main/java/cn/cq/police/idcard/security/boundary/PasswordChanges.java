package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.control.LoginLock;
import cn.cq.police.idcard.security.control.PasswordPolicy;
import cn.cq.police.idcard.security.control.PasswordProblem;
import cn.cq.police.idcard.security.entity.PasswordHistoryEntry;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every logged-in person changes their own password here, under the password policy. */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR, Role.Names.ADMINISTRATOR})
public class PasswordChanges {

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject Logins logins;

  @Inject AuditTrail trail;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "security.password.min-length", defaultValue = "10")
  int minLength;

  @PostConstruct
  void init() {
    passwordHash.initialize(SecurityConfiguration.passwordHashParameters());
  }

  public PasswordPolicy policy() {
    return new PasswordPolicy(minLength);
  }

  /**
   * Changes the caller's password; on any problem nothing changes.
   *
   * @return the problems, empty when the password was changed
   */
  public List<PasswordProblem> change(String current, String chosen, String repeated) {
    StaffAccount account = directory.current();
    if (logins.lockOf(account.getUsername()) != LoginLock.NONE) {
      return List.of(PasswordProblem.LOCKED_OUT);
    }
    if (current == null || !passwordHash.verify(current.toCharArray(), account.passwordHash())) {
      // Counted like a failed login: an open session is no place to guess without limit.
      logins.passwordFailed(account.getUsername());
      return List.of(PasswordProblem.CURRENT_PASSWORD_WRONG);
    }
    if (chosen == null || !chosen.equals(repeated)) {
      return List.of(PasswordProblem.NOT_REPEATED_EXACTLY);
    }
    List<String> recent = recentHashesOf(account);
    List<PasswordProblem> problems =
        policy()
            .check(
                account.getUsername(),
                chosen,
                candidate ->
                    recent.stream()
                        .anyMatch(hash -> passwordHash.verify(candidate.toCharArray(), hash)));
    if (!problems.isEmpty()) {
      return problems;
    }
    boolean wasRequired = account.mustChangePassword();
    String replaced = account.changePassword(passwordHash.generate(chosen.toCharArray()));
    LocalDateTime now = LocalDateTime.now(clock);
    // The person's other sessions end; the password page renews the one they changed it in.
    account.endSessionsBefore(now);
    em.persist(new PasswordHistoryEntry(account.getId(), replaced, now));
    trail.record(
        account.actor(),
        AuditEvent.of("account.passwordChanged", "account", account.getUsername())
            .withBefore("mustChangePassword=" + wasRequired)
            .withAfter("mustChangePassword=false"));
    return List.of();
  }

  /**
   * When the account's sessions must have begun to still count: empty when none was ended, the far
   * future when the account no longer exists or is locked (every session ends).
   */
  @PermitAll
  public Optional<LocalDateTime> sessionsValidFrom(String username) {
    // Asked on every request of a logged-in person: two columns, not the account with its roles.
    List<?> rows =
        em.createNativeQuery(
                "select enabled, sessions_valid_from from staff_account where username = ?1")
            .setParameter(1, username)
            .getResultList();
    if (rows.isEmpty() || !Boolean.TRUE.equals(((Object[]) rows.get(0))[0])) {
      return Optional.of(LocalDateTime.MAX);
    }
    Object validFrom = ((Object[]) rows.get(0))[1];
    return Optional.ofNullable(validFrom).map(PasswordChanges::localDateTime);
  }

  private static LocalDateTime localDateTime(Object timestamp) {
    return timestamp instanceof java.sql.Timestamp sql
        ? sql.toLocalDateTime()
        : (LocalDateTime) timestamp;
  }

  /** Whether the account may do nothing before it has chosen a new password. */
  @PermitAll
  public boolean mustChange(String username) {
    return directory.byUsername(username).map(StaffAccount::mustChangePassword).orElse(false);
  }

  /** The current password and the ones before it, as many as the policy remembers. */
  private List<String> recentHashesOf(StaffAccount account) {
    Stream<String> earlier =
        em.createNamedQuery(PasswordHistoryEntry.LATEST_OF, PasswordHistoryEntry.class)
            .setParameter("staffId", account.getId())
            .setMaxResults(PasswordPolicy.REMEMBERED - 1)
            .getResultStream()
            .map(PasswordHistoryEntry::passwordHash);
    return Stream.concat(Stream.of(account.passwordHash()), earlier).toList();
  }
}
