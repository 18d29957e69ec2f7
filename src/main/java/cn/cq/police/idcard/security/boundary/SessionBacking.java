package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;

/** The logged-in person as the page header shows them, where they land after login, and logout. */
@Named
@RequestScoped
public class SessionBacking {

  @Inject StaffDirectory staffDirectory;

  @Inject FacesContext faces;

  @Inject Logins logins;

  @Inject SignedInSessions signedIn;

  private StaffAccount account;

  public StaffAccount getAccount() {
    if (account == null && faces.getExternalContext().getUserPrincipal() != null) {
      try {
        account = staffDirectory.current();
      } catch (EJBException noAccount) {
        // The header is also drawn by error pages: it must not fail them.
        return null;
      }
    }
    return account;
  }

  /**
   * True on the login page when this browser was logged in and its session has ended without a
   * logout: the idle timeout (or a server restart) ended it.
   */
  public boolean isSessionExpired() {
    ExternalContext external = faces.getExternalContext();
    return external.getUserPrincipal() == null
        && external.getRequestCookieMap().containsKey(SignedInMarker.COOKIE);
  }

  public boolean isInRole(String role) {
    return faces.getExternalContext().isUserInRole(role);
  }

  /** Clerks and supervisors work at the counter; an administrator alone lands on the stations. */
  public void goToLandingPage() throws IOException {
    ExternalContext external = faces.getExternalContext();
    boolean atCounter =
        external.isUserInRole(Role.Names.CLERK) || external.isUserInRole(Role.Names.SUPERVISOR);
    external.redirect(
        external.getRequestContextPath()
            + (atCounter ? "/counter/index.xhtml" : "/admin/stations.xhtml"));
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    if (external.getUserPrincipal() != null) {
      logins.loggedOut();
      SignedInSessions.idIn(external.getSessionMap()).ifPresent(signedIn::loggedOut);
    }
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.addResponseCookie(
        SignedInMarker.COOKIE,
        "",
        Map.of("path", SignedInMarker.pathOf(external.getRequestContextPath()), "maxAge", 0));
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }
}
