package cn.cq.police.idcard.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * Marks a browser that is logged in with a small cookie (no data in it). When that browser reaches
 * the login page again without a session and without having logged out, its session timed out, and
 * the login page says so. Logout removes the mark.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SignedInMarker extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String COOKIE = "IDCARD_SIGNED_IN";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && !isMarked(request)) {
      response.addHeader(
          "Set-Cookie",
          COOKIE
              + "=1; Path="
              + pathOf(request.getContextPath())
              + "; HttpOnly; SameSite=Strict"
              + (request.isSecure() ? "; Secure" : ""));
    }
    chain.doFilter(request, response);
  }

  static boolean isMarked(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies != null
        && Arrays.stream(cookies).anyMatch(cookie -> COOKIE.equals(cookie.getName()));
  }

  static String pathOf(String contextPath) {
    return contextPath.isEmpty() ? "/" : contextPath;
  }
}
