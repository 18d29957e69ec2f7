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

/**
 * Keeps an account whose password was set by an administrator on the password page until it has
 * chosen its own. Whether it must is looked up once per session and user, then cached in the
 * session (the password page clears it).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeRequired extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PASSWORD_PAGE = "/account/password.xhtml";

  @Inject PasswordChanges passwordChanges;

  /** The session attribute that caches the answer for one user. */
  static String sessionFlag(String username) {
    return "idcard.mustChangePassword." + username;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    if (user == null || isAllowedAnyway(request.getServletPath())) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession();
    String flag = sessionFlag(user.getName());
    Boolean mustChange = (Boolean) session.getAttribute(flag);
    if (mustChange == null) {
      mustChange = passwordChanges.mustChange(user.getName());
      session.setAttribute(flag, mustChange);
    }
    if (!mustChange) {
      chain.doFilter(request, response);
      return;
    }
    Redirects.to(request, response, request.getContextPath() + PASSWORD_PAGE);
  }

  private static boolean isAllowedAnyway(String path) {
    return path.equals(PASSWORD_PAGE)
        || path.equals("/login.xhtml")
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/");
  }
}
