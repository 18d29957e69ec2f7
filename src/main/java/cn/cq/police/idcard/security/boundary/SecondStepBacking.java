package cn.cq.police.idcard.security.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import cn.cq.police.idcard.audit.control.RequestOrigin;
import cn.cq.police.idcard.security.control.LoginLock;
import cn.cq.police.idcard.security.control.LoginThrottle;
import cn.cq.police.idcard.web.FacesText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The second step of a login: the code from the authenticator app, or a recovery code, for the
 * pending login of this session. Wrong and replayed codes count like failed logins (a lock ends the
 * pending login); only when the code is taken is the person logged in, under yet another session
 * id. {@link #complete} is that last step for every path (code, enrolment, certificate).
 */
@Named
@RequestScoped
public class SecondStepBacking {

  static final String CODE_PAGE = "/login-code.xhtml";

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject SecurityContext securityContext;

  @Inject FacesContext faces;

  @Inject Clock clock;

  @Inject Logins logins;

  @Inject SecondFactors secondFactors;

  @Inject SignedInSessions signedIn;

  @Inject RequestOrigin origin;

  @Inject LoginThrottle throttle;

  @Inject LoginBacking loginPage;

  @Inject
  @ConfigProperty(name = "security.second-factor.pending-minutes", defaultValue = "5")
  int pendingMinutes;

  private String code;

  /** The page without a pending login (none, expired, another browser) goes back to the login. */
  public void check() throws IOException {
    if (pending().isEmpty()) {
      backToLogin();
    }
  }

  public void verify() throws IOException {
    Optional<PendingLogin> pending = pending();
    if (pending.isEmpty()) {
      backToLogin();
      return;
    }
    String name = pending.get().username;
    LoginLock lock = logins.lockOf(name);
    if (lock != LoginLock.NONE) {
      logins.refusedWhileLocked(name);
      PendingLogin.end(request().getSession(false));
      LoginBacking.refuse(lock, throttle);
      return;
    }
    if (code == null || code.isBlank()) {
      FacesText.error("login.codeMissing");
      return;
    }
    switch (secondFactors.checkCode(name, code.strip())) {
      case ACCEPTED, RECOVERY_CODE_ACCEPTED -> complete(name);
      case REPLAYED -> refused(name, "replayed", "login.codeReplayed");
      case WRONG -> refused(name, "wrongCode", "login.codeWrong");
    }
  }

  private void refused(String name, String why, String messageKey) {
    LoginLock after = logins.secondFactorFailed(name, why);
    loginPage.slowDownWhileTheCityIsSprayed();
    if (after == LoginLock.NONE) {
      FacesText.error(messageKey);
    } else {
      PendingLogin.end(request().getSession(false));
      LoginBacking.refuse(after, throttle);
    }
  }

  /**
   * Logs the person in, both factors checked: a new session id, the container's login (the identity
   * store VerifiedLoginStore gives the groups), the signed-in session, the audit, and the page
   * asked for before the login or the landing page.
   */
  void complete(String name) throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = request();
    PendingLogin.end(request.getSession(false));
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams().newAuthentication(true).credential(new VerifiedLogin(name)));
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      HttpSession session = request.getSession();
      session.setAttribute(AccountChangesEndSessions.SIGNED_IN_AT, LocalDateTime.now(clock));
      session.setAttribute(
          AccountChangesEndSessions.SIGNED_IN_SESSION,
          signedIn.begin(name, origin.clientAddress(), request.getHeader("User-Agent")));
      logins.succeeded(name);
    }
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
      default -> FacesText.error("login.failed");
    }
  }

  Optional<PendingLogin> pending() {
    return PendingLogin.of(
        request().getSession(false), clock.instant(), Duration.ofMinutes(pendingMinutes));
  }

  void backToLogin() throws IOException {
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + LOGIN_PAGE + "?secondStep=expired");
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) faces.getExternalContext().getRequest();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
