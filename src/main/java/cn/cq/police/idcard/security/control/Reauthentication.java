package cn.cq.police.idcard.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/**
 * Asks for both factors again: a sign-off is only valid with the signer's current password and
 * their second factor (a one-time code not used before, or a recovery code; for a certificate
 * account the registered certificate with this very request), so an unattended logged-in screen
 * cannot be used to approve anything, nor a password seen over a shoulder.
 */
@Dependent
public class Reauthentication {

  /** How a sign-off's credentials were taken. */
  public enum Outcome {
    CONFIRMED,
    WRONG_PASSWORD,
    SECOND_FACTOR_MISSING,
    SECOND_FACTOR_WRONG
  }

  @Inject IdentityStoreHandler identityStores;

  @Inject SecondFactorChecks secondFactor;

  public Outcome confirms(String username, String password, String code) {
    if (password == null || password.isEmpty() || password.length() > 100) {
      return Outcome.WRONG_PASSWORD;
    }
    if (identityStores.validate(new UsernamePasswordCredential(username, password)).getStatus()
        != CredentialValidationResult.Status.VALID) {
      return Outcome.WRONG_PASSWORD;
    }
    return confirmsSecondFactor(username, code);
  }

  /**
   * The second factor alone, where no password is asked (revealing a full ID number): a one-time
   * code not used before, or a recovery code; a certificate account's certificate with this
   * request.
   */
  public Outcome confirmsSecondFactor(String username, String code) {
    return switch (secondFactor.requirementOf(username)) {
      case CERTIFICATE ->
          secondFactor.checkCertificate(username) == ClientCertificates.Verdict.ACCEPTED
              ? Outcome.CONFIRMED
              : Outcome.SECOND_FACTOR_WRONG;
      case CODE -> codeOutcome(username, code);
      case ENROLMENT -> Outcome.SECOND_FACTOR_WRONG;
    };
  }

  /** Whether the account signs with a one-time code (the page then asks for one). */
  public boolean needsCode(String username) {
    return secondFactor.requirementOf(username) != SecondFactorChecks.Requirement.CERTIFICATE;
  }

  private Outcome codeOutcome(String username, String code) {
    if (code == null || code.isBlank()) {
      return Outcome.SECOND_FACTOR_MISSING;
    }
    return switch (secondFactor.checkCode(username, code.strip())) {
      case ACCEPTED, RECOVERY_CODE_ACCEPTED -> Outcome.CONFIRMED;
      case REPLAYED, WRONG -> Outcome.SECOND_FACTOR_WRONG;
    };
  }
}
