package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a login with a name that has no enabled account cost what a wrong password costs. The
 * database identity store verifies a PBKDF2 hash only when it finds the account, so an unknown name
 * was answered in half the time, and timing alone told an attacker which names exist. This store
 * runs after it (only when it did not accept the caller) and, for a name without an enabled
 * account, verifies the typed password against a hash of a random one: never valid, as slow as a
 * real check. It accepts no one.
 */
@ApplicationScoped
public class UnknownNameCost implements IdentityStore {

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject StaffDirectory staff;

  private String hashOfNoPassword;

  @PostConstruct
  void prepare() {
    passwordHash.initialize(SecurityConfiguration.passwordHashParameters());
    hashOfNoPassword = passwordHash.generate(UUID.randomUUID().toString().toCharArray());
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login
        && staff.byUsername(login.getCaller()).filter(StaffAccount::isEnabled).isEmpty()) {
      passwordHash.verify(login.getPassword().getValue(), hashOfNoPassword);
    }
    return CredentialValidationResult.INVALID_RESULT;
  }

  /** After the database identity store (priority 70): lower numbers are asked first. */
  @Override
  public int priority() {
    return 1000;
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE);
  }
}
