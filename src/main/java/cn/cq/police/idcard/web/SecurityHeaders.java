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
 * Puts the browser-side protections ({@link ResponseHeaders}) on every response. Declared first in
 * web.xml, also for error dispatches, so refusals and error pages carry the headers too.
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject ResponseHeaders headers;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.applyTo(request, response);
    chain.doFilter(request, new OnePolicy(response));
  }

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
      if (ResponseHeaders.CSP.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
