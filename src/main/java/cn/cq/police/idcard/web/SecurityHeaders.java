package cn.cq.police.idcard.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  @Inject
  @ConfigProperty(name = "security.content-security-policy")
  String contentSecurityPolicy;

  @Inject ForwardedRequests forwarded;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
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
    chain.doFilter(request, response);
  }
}
