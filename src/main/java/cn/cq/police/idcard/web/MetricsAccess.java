package cn.cq.police.idcard.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards Payara's {@code /metrics}, which Payara Micro adds to the application deployed at the root
 * context (so it passes this application's filters, and Payara itself has no credential for it over
 * plain HTTP): only a scraper with the metrics token ({@link MetricsToken}) reads it. Without a
 * configured token the metrics are not offered at all (404); with one, a request without it is a
 * 401. {@code /health} and {@code /openapi} stay open.
 */
public class MetricsAccess extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "web.metrics.token-sha256")
  Optional<String> tokenSha256;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    MetricsToken token = MetricsToken.parse(tokenSha256);
    if (!token.configured()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else if (!token.admits(request.getHeader("Authorization"))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("The metrics need the scraper's token.\n");
    } else {
      chain.doFilter(request, response);
    }
  }
}
