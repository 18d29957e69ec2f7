package cn.cq.police.idcard.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * When a session has ended, the next Ajax click is redirected to the login page, and the browser's
 * Ajax call follows that redirect by itself: it would get the login page's HTML where it expects a
 * Faces partial response, and the click would seem to do nothing. This answers such a request with
 * a Faces redirect instead, so the whole page goes to the login page (which then says why).
 */
@WebFilter(urlPatterns = "/login.xhtml")
public class AjaxLoginRedirect extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean ajaxFollowingARedirect =
        "GET".equals(request.getMethod())
            && "partial/ajax".equals(request.getHeader("Faces-Request"));
    if (!ajaxFollowingARedirect) {
      chain.doFilter(request, response);
      return;
    }
    Redirects.viaPartialResponse(response, request.getContextPath() + "/login.xhtml");
  }
}
