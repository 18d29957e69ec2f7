package cn.cq.police.idcard.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Redirects from a filter that also reach a page's Ajax requests. */
final class Redirects {

  private Redirects() {}

  /** A plain redirect, or for a JSF Ajax request the partial response it follows. */
  static void to(HttpServletRequest request, HttpServletResponse response, String target)
      throws IOException {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      viaPartialResponse(response, target);
    } else {
      response.sendRedirect(target);
    }
  }

  /** A JSF Ajax request follows a redirect only when it comes as a partial response. */
  static void viaPartialResponse(HttpServletResponse response, String target) throws IOException {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + target
                + "\"/></partial-response>");
  }
}
