package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.control.ClientCertificates;
import cn.cq.police.idcard.security.control.OneTimePasswordSecrets;
import cn.cq.police.idcard.security.control.OneTimePasswords;
import cn.cq.police.idcard.security.control.RecoveryCodes;
import cn.cq.police.idcard.security.control.SecondFactorChecks;
import cn.cq.police.idcard.security.entity.RecoveryCode;
import cn.cq.police.idcard.security.entity.SecondFactor;
import cn.cq.police.idcard.security.entity.SecondFactorKind;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second step of a login and of a sign-off, after the password: which factor the account needs,
 * checking a one-time or recovery code, enrolling a one-time password, checking a client
 * certificate. Called before anyone is logged in (the login pages) and by sign-offs; the
 * administrator's side (choose the kind, reset) is in StaffAccounts.
 */
@Stateless
@PermitAll
public class SecondFactors {

  /** The issuer an authenticator app shows above the account's codes. */
  public static final String ISSUER = "重庆公安身份证受理";

  @PersistenceContext EntityManager em;

  @Inject OneTimePasswordSecrets secrets;

  @Inject SecondFactorChecks checks;

  @Inject StaffDirectory staff;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  public SecondFactorChecks.Requirement requirementOf(String username) {
    return checks.requirementOf(username);
  }

  /** See SecondFactorChecks#checkCode. */
  public SecondFactorChecks.CodeCheck checkCode(String username, String typed) {
    SecondFactorChecks.CodeCheck check = checks.checkCode(username, typed);
    if (check == SecondFactorChecks.CodeCheck.RECOVERY_CODE_ACCEPTED) {
      audit.record(
          actorOf(username),
          AuditEvent.of("secondFactor.recoveryCodeUsed", "account", username)
              .withAfter("recoveryCodesLeft=" + checks.unusedRecoveryCodes(username)));
    }
    return check;
  }

  public ClientCertificates.Verdict checkCertificate(String username) {
    return checks.checkCertificate(username);
  }

  /**
   * Enrols the secret the person's app now holds, if the typed code proves it: the secret is stored
   * sealed, the code's step counts as used, and ten new recovery codes replace any old ones.
   *
   * @return the recovery codes to show once; empty if the code was not right
   */
  public Optional<List<String>> enrol(String username, byte[] secret, String typed) {
    SecondFactor factor = em.find(SecondFactor.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (factor != null && (factor.isEnrolled() || factor.getKind() != SecondFactorKind.TOTP)) {
      return Optional.empty();
    }
    OptionalLong step =
        OneTimePasswords.acceptedStep(secret, typed, clock.instant(), Long.MIN_VALUE);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (factor == null) {
      factor = new SecondFactor(username, now);
      em.persist(factor);
    }
    factor.enrol(secrets.seal(username, secret), step.getAsLong(), now);
    em.createNamedQuery(RecoveryCode.DELETE_OF).setParameter("username", username).executeUpdate();
    List<String> codes = RecoveryCodes.generate();
    codes.forEach(code -> em.persist(new RecoveryCode(username, RecoveryCodes.hash(code))));
    audit.record(
        actorOf(username),
        AuditEvent.of("secondFactor.enrolled", "account", username)
            .withAfter("secondFactor=TOTP; recoveryCodes=" + codes.size()));
    return Optional.of(codes);
  }

  private Actor actorOf(String username) {
    return staff
        .byUsername(username)
        .map(account -> account.actor())
        .orElseGet(() -> Actor.unauthenticated(username));
  }
}
