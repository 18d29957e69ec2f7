package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.security.control.PasswordProblem;
import cn.cq.police.idcard.web.FacesText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The password page: every logged-in person changes their own password here. */
@Named
@RequestScoped
public class PasswordBacking {

  @Inject PasswordChanges passwordChanges;

  @Inject SignedInSessions signedIn;

  @Inject FacesContext faces;

  @Inject Clock clock;

  @Inject SessionBacking session;

  private String current;
  private String chosen;
  private String repeated;

  /** Whether an administrator set the password, so nothing else works until it is changed. */
  public boolean isRequired() {
    ExternalContext external = faces.getExternalContext();
    return external.getUserPrincipal() != null
        && passwordChanges.mustChange(external.getUserPrincipal().getName());
  }

  public int getMinLength() {
    return passwordChanges.policy().minLength();
  }

  public void change() throws IOException {
    List<PasswordProblem> problems = passwordChanges.change(current, chosen, repeated);
    if (!problems.isEmpty()) {
      problems.forEach(problem -> FacesText.error("password.problem." + problem, getMinLength()));
      return;
    }
    ExternalContext external = faces.getExternalContext();
    external
        .getSessionMap()
        .put(PasswordChangeRequired.sessionFlag(external.getUserPrincipal().getName()), false);
    // The change ended the person's sessions; this one continues as if just logged in.
    external.getSessionMap().put(AccountChangesEndSessions.SIGNED_IN_AT, LocalDateTime.now(clock));
    SignedInSessions.idIn(external.getSessionMap()).ifPresent(signedIn::endAllBut);
    external.getFlash().setKeepMessages(true);
    FacesText.info("password.changed");
    session.goToLandingPage();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
