package cn.cq.police.idcard.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a session at its next request when the account changed after it began — roles changed,
 * locked, password reset by an administrator or changed by the person elsewhere —, when the person
 * ended it from another session (SignedInSessions), or when it has lasted longer than a shift
 * ({@code security.session.max-hours}), however busy. Before, a supervisor whose role was removed
 * kept using supervisor pages until logging out. The person lands on the login page, which says
 * why. The account is looked up on every request of a logged-in person (one primary-key query); in
 * a cluster every member sees the same account row.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccountChangesEndSessions extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session attribute holding when the person logged in (LoginBacking, PasswordBacking). */
  static final String SIGNED_IN_AT = "idcard.signedInAt";

  /** The session attribute holding this session's id among the person's signed-in sessions. */
  static final String SIGNED_IN_SESSION = "idcard.signedInSession";

  @Inject PasswordChanges accounts;

  @Inject SignedInSessions signedIn;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "security.session.max-hours", defaultValue = "12")
  long maxHours;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (user == null || session == null || request.getServletPath().startsWith("/jakarta.faces")) {
      chain.doFilter(request, response);
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (!(session.getAttribute(SIGNED_IN_AT) instanceof LocalDateTime signedInAt)) {
      session.setAttribute(SIGNED_IN_AT, now);
      chain.doFilter(request, response);
      return;
    }
    Optional<LocalDateTime> validFrom = accounts.sessionsValidFrom(user.getName());
    boolean changed = validFrom.isPresent() && signedInAt.isBefore(validFrom.get());
    boolean tooLong = signedInAt.plus(Duration.ofHours(maxHours)).isBefore(now);
    String signedInSession = (String) session.getAttribute(SIGNED_IN_SESSION);
    boolean endedElsewhere = signedInSession != null && signedIn.isEnded(signedInSession);
    if (!changed && !tooLong && !endedElsewhere) {
      chain.doFilter(request, response);
      return;
    }
    if (signedInSession != null) {
      signedIn.loggedOut(signedInSession);
    }
    session.invalidate();
    request.logout();
    Redirects.to(request, response, request.getContextPath() + "/login.xhtml?ended=true");
  }
}
