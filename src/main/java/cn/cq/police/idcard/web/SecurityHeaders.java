package cn.cq.police.idcard.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Browser-side protections on every response: a content security policy, no MIME sniffing, never
 * inside a frame, no referrer to other sites, HSTS over HTTPS (also as a trusted proxy reports it),
 * and pages that are never cached (they carry citizens' data). Static resources stay cacheable.
 * Declared first in web.xml, also for error dispatches, so refusals and error pages carry the
 * headers too.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

  @Inject ContentSecurityPolicy contentSecurityPolicy;

  @Inject ForwardedRequests forwarded;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, contentSecurityPolicy.getPolicy());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (forwarded.viaHttps(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!request.getRequestURI().contains(STATIC_RESOURCES)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, new OnePolicy(response));
  }

  static final String CSP = "Content-Security-Policy";

  /**
   * PrimeFaces adds its policy (ours with the page's nonce) as a second header; two policies would
   * both apply, and ours, without the nonce, would block the page's own scripts. Its header
   * replaces ours instead.
   */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
