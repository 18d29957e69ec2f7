package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.security.entity.RecoveryCode;
import cn.cq.police.idcard.security.entity.SecondFactor;
import cn.cq.police.idcard.security.entity.SecondFactorKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The checks of an account's second factor, in the caller's transaction: for the login's second
 * step (SecondFactors) and for sign-offs (Reauthentication).
 */
@Dependent
public class SecondFactorChecks {

  /** What the account needs after its password. */
  public enum Requirement {
    /** A one-time password not enrolled yet: the enrolment page first. */
    ENROLMENT,
    /** A code from the authenticator app or a recovery code. */
    CODE,
    /** The registered client certificate, with the request. */
    CERTIFICATE
  }

  /** How a typed code was taken. */
  public enum CodeCheck {
    ACCEPTED,
    RECOVERY_CODE_ACCEPTED,
    /** The right code, but its step was accepted before: one-time means once. */
    REPLAYED,
    WRONG
  }

  @PersistenceContext EntityManager em;

  @Inject OneTimePasswordSecrets secrets;

  @Inject PresentedCertificates certificates;

  @Inject Clock clock;

  public Requirement requirementOf(String username) {
    SecondFactor factor = em.find(SecondFactor.class, username);
    if (factor == null || factor.getKind() == SecondFactorKind.TOTP && !factor.isEnrolled()) {
      return Requirement.ENROLMENT;
    }
    return factor.getKind() == SecondFactorKind.CERTIFICATE
        ? Requirement.CERTIFICATE
        : Requirement.CODE;
  }

  /**
   * Checks a code from the app (accepted only for a step later than the last accepted one, which it
   * then becomes) or, failing that, an unused recovery code (used up by it). The account's row is
   * locked meanwhile, so the same code sent twice at once is accepted once.
   */
  public CodeCheck checkCode(String username, String typed) {
    if (typed == null || typed.length() > 40) {
      return CodeCheck.WRONG;
    }
    SecondFactor factor = em.find(SecondFactor.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (factor == null || !factor.isEnrolled()) {
      return CodeCheck.WRONG;
    }
    byte[] secret = secrets.open(username, factor.getTotpSecretSealed());
    OptionalLong step =
        OneTimePasswords.acceptedStep(secret, typed, clock.instant(), factor.lastStep());
    if (step.isPresent()) {
      factor.accepted(step.getAsLong());
      return CodeCheck.ACCEPTED;
    }
    if (OneTimePasswords.isReplay(secret, typed, clock.instant(), factor.lastStep())) {
      return CodeCheck.REPLAYED;
    }
    Optional<RecoveryCode> recovery =
        em.createNamedQuery(RecoveryCode.UNUSED_OF, RecoveryCode.class)
            .setParameter("username", username)
            .getResultStream()
            .filter(code -> RecoveryCodes.matches(typed, code.getCodeHash()))
            .findFirst();
    if (recovery.isEmpty()) {
      return CodeCheck.WRONG;
    }
    recovery.get().use(LocalDateTime.now(clock));
    return CodeCheck.RECOVERY_CODE_ACCEPTED;
  }

  /** Checks the certificate the current request presents against the account's registration. */
  public ClientCertificates.Verdict checkCertificate(String username) {
    SecondFactor factor = em.find(SecondFactor.class, username);
    if (factor == null || factor.getKind() != SecondFactorKind.CERTIFICATE) {
      return ClientCertificates.Verdict.NOT_REGISTERED;
    }
    X509Certificate presented = certificates.presented();
    ClientCertificates.Registered registered =
        new ClientCertificates.Registered(
            factor.getCertificateSubject(),
            factor.getCertificateSerial(),
            factor.getCertificateIssuer());
    return certificates.check(presented, registered, clock.instant());
  }

  /** Recovery codes of the account not used yet. */
  public long unusedRecoveryCodes(String username) {
    return em.createNamedQuery(RecoveryCode.UNUSED_OF, RecoveryCode.class)
        .setParameter("username", username)
        .getResultList()
        .size();
  }
}
