package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.security.control.LoginLock;
import cn.cq.police.idcard.security.control.LoginThrottle;
import cn.cq.police.idcard.security.control.OneTimePasswords;
import cn.cq.police.idcard.security.control.QrCodeImage;
import cn.cq.police.idcard.security.control.SecondFactorChecks;
import cn.cq.police.idcard.web.FacesText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Enrolment of a one-time password, between the password and the login of an account that has none
 * (new, or reset by an administrator): a new secret as a QR code and as text, one current code
 * proves the app holds it, then the ten recovery codes are shown once and the person continues to
 * the application. The secret stays in the pending login (the session) until it is enrolled.
 */
@Named
@RequestScoped
public class EnrolmentBacking {

  static final String ENROLMENT_PAGE = "/login-enrol.xhtml";

  @Inject FacesContext faces;

  @Inject SecondStepBacking secondStep;

  @Inject SecondFactors secondFactors;

  @Inject Logins logins;

  @Inject LoginThrottle throttle;

  private String code;

  private PendingLogin pending;

  private byte[] secret;

  private List<String> recoveryCodes;

  /** A pending login that still needs its enrolment, with the secret it is offered. */
  public void load() throws IOException {
    Optional<PendingLogin> found = secondStep.pending();
    if (found.isEmpty()) {
      secondStep.backToLogin();
      return;
    }
    pending = found.get();
    if (pending.isEnrolled()) {
      return;
    }
    if (secondFactors.requirementOf(pending.username) != SecondFactorChecks.Requirement.ENROLMENT) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + SecondStepBacking.CODE_PAGE);
      return;
    }
    secret = pending.enrolmentSecret();
    if (secret == null) {
      secret = OneTimePasswords.newSecret();
      pending.startEnrolment(session(), secret);
    }
  }

  public void confirm() throws IOException {
    load();
    if (pending == null || pending.isEnrolled() || secret == null) {
      return;
    }
    String name = pending.username;
    LoginLock lock = logins.lockOf(name);
    if (lock != LoginLock.NONE) {
      logins.refusedWhileLocked(name);
      PendingLogin.end(session());
      pending = null;
      LoginBacking.refuse(lock, throttle);
      return;
    }
    if (code == null || code.isBlank()) {
      FacesText.error("login.codeMissing");
      return;
    }
    Optional<List<String>> codes = secondFactors.enrol(name, secret, code.strip());
    if (codes.isEmpty()) {
      LoginLock after = logins.secondFactorFailed(name, "enrolmentCode");
      if (after == LoginLock.NONE) {
        FacesText.error("enrol.codeWrong");
      } else {
        PendingLogin.end(session());
        pending = null;
        LoginBacking.refuse(after, throttle);
      }
      return;
    }
    pending.enrolled(session());
    recoveryCodes = codes.get();
  }

  /** On from the recovery codes into the application. */
  public void proceed() throws IOException {
    Optional<PendingLogin> found = secondStep.pending();
    if (found.isEmpty() || !found.get().isEnrolled()) {
      secondStep.backToLogin();
      return;
    }
    secondStep.complete(found.get().username);
  }

  private HttpSession session() {
    return ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession();
  }

  /**
   * Whether the page offers a secret. Asked also while a post is decoded, before any action ran, so
   * that the confirm button is found: then it reads the pending login itself.
   */
  public boolean isOffering() {
    known();
    return pending != null && !pending.isEnrolled() && secret != null;
  }

  public boolean isEnrolled() {
    known();
    return pending != null && pending.isEnrolled();
  }

  /** The pending login and its secret, without redirecting anywhere. */
  private void known() {
    if (pending == null) {
      secondStep
          .pending()
          .ifPresent(
              found -> {
                pending = found;
                secret = found.enrolmentSecret();
              });
    }
  }

  public String getUsername() {
    return pending == null ? null : pending.username;
  }

  public String getQrCode() {
    return QrCodeImage.dataUri(
        OneTimePasswords.keyUri(SecondFactors.ISSUER, getUsername(), secret));
  }

  /** The secret for typing into an app, in groups of four. */
  public String getSecretText() {
    return OneTimePasswords.base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
