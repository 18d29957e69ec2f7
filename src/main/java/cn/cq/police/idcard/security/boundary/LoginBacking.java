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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login form. A failed login says only that, never whether the account exists; after too many
 * failures the name is locked for a while, whether it exists or not.
 */
@Named
@RequestScoped
public class LoginBacking {

  static final int MAX_INPUT = 100;

  @Inject SecurityContext securityContext;

  @Inject FacesContext faces;

  @Inject Clock clock;

  @Inject Logins logins;

  @Inject SignedInSessions signedIn;

  @Inject RequestOrigin origin;

  /** Only for the settings the messages name; counting goes through Logins. */
  @Inject LoginThrottle throttle;

  @Inject
  @ConfigProperty(name = "security.throttle.city.delay-millis", defaultValue = "2000")
  int citySlowMillis;

  private String username;
  private String password;

  public void login() throws IOException {
    // A field left empty is asked for, not called wrong; nothing is tried or counted.
    if (username == null || username.isBlank()) {
      FacesText.error("login.usernameMissing");
      return;
    }
    if (password == null || password.isEmpty()) {
      FacesText.error("login.passwordMissing");
      return;
    }
    if (isBlankOrTooLong(username) || isBlankOrTooLong(password)) {
      FacesText.error("login.failed");
      return;
    }
    String name = username.trim();
    LoginLock lock = logins.lockOf(name);
    if (lock != LoginLock.NONE) {
      logins.refusedWhileLocked(name);
      refuse(lock);
      return;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // A new session id before the session becomes authenticated: a planted id is worthless.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(name, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      HttpSession session = request.getSession();
      session.setAttribute(AccountChangesEndSessions.SIGNED_IN_AT, LocalDateTime.now(clock));
      session.setAttribute(
          AccountChangesEndSessions.SIGNED_IN_SESSION,
          signedIn.begin(name, origin.clientAddress(), request.getHeader("User-Agent")));
    }
    switch (status) {
      case SEND_CONTINUE -> {
        logins.succeeded(name);
        faces.responseComplete();
      }
      case SUCCESS -> {
        logins.succeeded(name);
        external.redirect(external.getRequestContextPath() + "/");
      }
      default -> {
        LoginLock after = logins.failed(name);
        slowDownWhileTheCityIsSprayed();
        refuse(after);
      }
    }
  }

  private void refuse(LoginLock lock) {
    switch (lock) {
      case NAME -> FacesText.error("login.locked", throttle.lockMinutes());
      case ADDRESS -> FacesText.error("login.addressLocked", throttle.addressLockMinutes());
      case NONE -> FacesText.error("login.failed");
    }
  }

  /** Many failures city-wide: each failed answer waits, which slows guessing from many places. */
  private void slowDownWhileTheCityIsSprayed() {
    if (citySlowMillis > 0 && logins.isCitySlowed()) {
      try {
        Thread.sleep(citySlowMillis);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static boolean isBlankOrTooLong(String value) {
    return value == null || value.isBlank() || value.length() > MAX_INPUT;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
