package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.security.control.ClientCertificates;
import cn.cq.police.idcard.security.control.LoginLock;
import cn.cq.police.idcard.security.control.LoginThrottle;
import cn.cq.police.idcard.web.FacesText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login form, the first factor. A failed login says only that, never whether the account
 * exists; after too many failures the name is locked for a while, whether it exists or not. A right
 * password logs nobody in yet: a certificate account's certificate is checked with this request,
 * anyone else goes on to the code page (SecondStepBacking) or, not yet enrolled, to the enrolment
 * (EnrolmentBacking), with a pending login in the session.
 */
@Named
@RequestScoped
public class LoginBacking {

  static final int MAX_INPUT = 100;

  @Inject IdentityStoreHandler identityStores;

  @Inject SecondFactors secondFactors;

  @Inject SecondStepBacking secondStep;

  @Inject FacesContext faces;

  @Inject Clock clock;

  @Inject Logins logins;

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
    // The password only: nobody is logged in before the second factor too is checked.
    boolean passwordRight =
        identityStores
                .validate(new UsernamePasswordCredential(name, new Password(password)))
                .getStatus()
            == CredentialValidationResult.Status.VALID;
    if (!passwordRight) {
      LoginLock after = logins.failed(name);
      slowDownWhileTheCityIsSprayed();
      refuse(after);
      return;
    }
    // A new session id before the session holds anything of the login: a planted id is worthless.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    switch (secondFactors.requirementOf(name)) {
      case CERTIFICATE -> withCertificate(name);
      case CODE -> {
        PendingLogin.begin(request.getSession(), name, clock.instant());
        external.redirect(external.getRequestContextPath() + SecondStepBacking.CODE_PAGE);
      }
      case ENROLMENT -> {
        PendingLogin.begin(request.getSession(), name, clock.instant());
        external.redirect(external.getRequestContextPath() + EnrolmentBacking.ENROLMENT_PAGE);
      }
    }
  }

  /** The certificate of this very request must be the registered one; no page in between. */
  private void withCertificate(String name) throws IOException {
    ClientCertificates.Verdict verdict = secondFactors.checkCertificate(name);
    if (verdict == ClientCertificates.Verdict.ACCEPTED) {
      secondStep.complete(name);
      return;
    }
    LoginLock after = logins.secondFactorFailed(name, "certificate." + verdict.name());
    slowDownWhileTheCityIsSprayed();
    if (after == LoginLock.NONE) {
      FacesText.error("login.certificateRefused");
    } else {
      refuse(after);
    }
  }

  static void refuse(LoginLock lock, LoginThrottle throttle) {
    switch (lock) {
      case NAME -> FacesText.error("login.locked", throttle.lockMinutes());
      case ADDRESS -> FacesText.error("login.addressLocked", throttle.addressLockMinutes());
      case NONE -> FacesText.error("login.failed");
    }
  }

  private void refuse(LoginLock lock) {
    refuse(lock, throttle);
  }

  /** Many failures city-wide: each failed answer waits, which slows guessing from many places. */
  void slowDownWhileTheCityIsSprayed() {
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
