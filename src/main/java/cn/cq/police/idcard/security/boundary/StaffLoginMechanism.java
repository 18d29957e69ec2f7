package cn.cq.police.idcard.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login of staff through the JSF login form (LoginBacking hands the credential over with
 * SecurityContext.authenticate), what {@code @CustomFormAuthenticationMechanismDefinition} gave
 * before, plus one thing it could not: the security headers on the redirect to the login page,
 * which is sent before any filter runs (HeadersBeforeLogin). The session keeps the login
 * (AutoApplySession); a protected page asked for without one goes to the login page
 * (LoginToContinue).
 */
@ApplicationScoped
@HeadersBeforeLogin
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class StaffLoginMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    return context.doNothing();
  }
}
