package cn.cq.police.idcard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser-side protections for one answer: a content security policy, no MIME sniffing, never
 * inside a frame, no referrer to other sites, HSTS over HTTPS (also as a trusted proxy reports it),
 * and pages that are never cached (they carry citizens' data); static resources stay cacheable. Set
 * by SecurityHeaders on everything that passes the filters, and by the login mechanism on the
 * redirect to the login page, which is sent before any filter runs.
 */
@ApplicationScoped
public class ResponseHeaders {

  static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

  static final String CSP = "Content-Security-Policy";

  /** The one page that may use the camera: the station photographs an applicant there. */
  static final String CAMERA_PAGE = "/counter/station-photo.xhtml";

  @Inject ContentSecurityPolicy contentSecurityPolicy;

  @Inject ForwardedRequests forwarded;

  public void applyTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader(CSP, contentSecurityPolicy.getPolicy());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy",
        request.getRequestURI().endsWith(CAMERA_PAGE)
            ? "camera=(self), microphone=(), geolocation=()"
            : "camera=(), microphone=(), geolocation=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (forwarded.viaHttps(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (!request.getRequestURI().contains(STATIC_RESOURCES)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
  }
}
