package cn.cq.police.idcard.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/**
 * Asks the identity store again: a sign-off is only valid with the signer's current password, so an
 * unattended logged-in screen cannot be used to approve anything.
 */
@Dependent
public class Reauthentication {

  @Inject IdentityStoreHandler identityStores;

  public boolean confirms(String username, String password) {
    if (password == null || password.isEmpty() || password.length() > 100) {
      return false;
    }
    return identityStores.validate(new UsernamePasswordCredential(username, password)).getStatus()
        == CredentialValidationResult.Status.VALID;
  }
}
