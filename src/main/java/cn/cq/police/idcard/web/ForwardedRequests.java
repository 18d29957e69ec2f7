package cn.cq.police.idcard.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request as the browser sent it, when it may have come through the configured TLS-terminating
 * proxies: the client's real address (for the audit trail and login throttling) and whether its
 * connection was HTTPS (for HSTS).
 */
@ApplicationScoped
public class ForwardedRequests {

  @Inject
  @ConfigProperty(name = "web.trusted-proxies", defaultValue = "none")
  String configured;

  private TrustedProxies proxies;

  @PostConstruct
  void init() {
    proxies = TrustedProxies.parse(configured);
  }

  public String clientAddress(HttpServletRequest request) {
    return proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  /**
   * A header that only the configured proxies may set (such as the client certificate a TLS proxy
   * forwards); null when the request did not come straight from one of them.
   */
  public String fromTrustedProxy(HttpServletRequest request, String header) {
    return proxies.trusts(request.getRemoteAddr()) ? request.getHeader(header) : null;
  }

  public boolean viaHttps(HttpServletRequest request) {
    return proxies.viaHttps(
        request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
  }
}
