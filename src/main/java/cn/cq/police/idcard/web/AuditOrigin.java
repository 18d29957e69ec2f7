package cn.cq.police.idcard.web;

import cn.cq.police.idcard.audit.control.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the audit trail and login throttling which client address the current request came from:
 * behind a trusted proxy the one it forwarded for, otherwise the connection's.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditOrigin extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestOrigin origin;

  @Inject ForwardedRequests forwarded;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.from(forwarded.clientAddress(request));
    chain.doFilter(request, response);
  }
}
