package cn.cq.police.idcard.security.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

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
import java.io.IOException;

/** The login form. A failed login says only that, never whether the account exists. */
@Named
@RequestScoped
public class LoginBacking {

  static final int MAX_INPUT = 100;

  @Inject SecurityContext securityContext;

  @Inject FacesContext faces;

  private String username;
  private String password;

  public void login() throws IOException {
    if (isBlankOrTooLong(username) || isBlankOrTooLong(password)) {
      FacesText.error("login.failed");
      return;
    }
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(username.trim(), new Password(password))));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
      default -> FacesText.error("login.failed");
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
