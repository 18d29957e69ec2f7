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

/** Tells the audit trail which client address the current request came from. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditOrigin extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.from(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
