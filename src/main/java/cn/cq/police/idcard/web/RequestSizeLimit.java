package cn.cq.police.idcard.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds what a page request may carry and refuses what cannot be a form post, with the product's
 * own short page: a body over {@code web.max-form-bytes} (a multipart post with the video-call
 * screenshot, and any post of the station photo page, which carries the camera's shot: {@code
 * web.max-upload-bytes}) is a 413 decided by its declared length, before a byte of it is read, and
 * the connection is closed; a form body the server cannot parse is a 400. Before, a 61 MB post to
 * the login page was read, and random bytes made a 500. The feed API gets megabytes only for the
 * receipt intake ({@code web.max-intake-bytes}; IntakeBodyLimit then applies the intake's own,
 * lower limit), kilobytes elsewhere ({@code web.max-api-bytes}), and is answered in JSON. A body
 * without a declared length (chunked) is refused with 411 except at the receipt intake, which
 * bounds what it reads itself: nothing else could be refused before it is read. This is the only
 * size limit in front of the application (the server's own is switched off in
 * pre-boot-commands.asadmin, so its error page never shows). Declared in web.xml right after the
 * security headers, so nothing before it reads the body.
 */
public class RequestSizeLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE_NONCE = "primefaces.nonce";

  @Inject
  @ConfigProperty(name = "web.max-form-bytes", defaultValue = "262144")
  long maxFormBytes;

  @Inject
  @ConfigProperty(name = "web.max-upload-bytes", defaultValue = "4194304")
  long maxUploadBytes;

  @Inject
  @ConfigProperty(name = "web.max-intake-bytes", defaultValue = "67108864")
  long maxIntakeBytes;

  @Inject
  @ConfigProperty(name = "web.max-api-bytes", defaultValue = "65536")
  long maxApiBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean lengthUnknown =
        request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
    if (path.startsWith("/api/")) {
      boolean intake = path.startsWith("/api/receipts");
      long apiLimit = intake ? maxIntakeBytes : maxApiBytes;
      if (request.getContentLengthLong() > apiLimit) {
        refuseJson(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(apiLimit));
        return;
      }
      if (lengthUnknown && !intake) {
        refuseJson(response, HttpServletResponse.SC_LENGTH_REQUIRED, LENGTH_REQUIRED);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
    boolean multipart = type.startsWith("multipart/form-data");
    // The station photo page posts the camera's shot as a form field: an upload's limit there.
    long limit =
        multipart || path.equals(ResponseHeaders.CAMERA_PAGE) ? maxUploadBytes : maxFormBytes;
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "tooLarge");
      return;
    }
    if (lengthUnknown) {
      refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "lengthRequired");
      return;
    }
    if (multipart || type.startsWith("application/x-www-form-urlencoded")) {
      if (request.getCharacterEncoding() == null) {
        // What Faces would set before reading the form: every page is UTF-8.
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      }
      try {
        // Parsed here, where a failure can still be answered, rather than deep inside Faces.
        request.getParameterMap();
      } catch (RuntimeException garbled) {
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "badRequest");
        return;
      }
      // Every form of every page carries the page's CSP nonce (PrimeFaces adds it); a post
      // without one is no post of a page, and PrimeFaces would fail on it with a server error.
      if (!multipart && request.getParameter(PAGE_NONCE) == null) {
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "badRequest");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  static final String LENGTH_REQUIRED =
      "{\"reason\":\"LENGTH_REQUIRED\",\"message\":\"Send the body with a Content-Length.\"}";

  private static String tooLarge(long limit) {
    return "{\"reason\":\"PAYLOAD_TOO_LARGE\",\"message\":\"The body is larger than "
        + limit
        + " bytes.\"}";
  }

  /** The feed API's answer, in its own JSON shape (see IntakeJson.Problem). */
  private static void refuseJson(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Connection", "close");
    response.setContentType("application/json");
    response.getWriter().append(json);
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String kind)
      throws IOException {
    // Chinese unless the browser asks for English (without the header the server's default).
    Locale locale =
        request.getHeader("Accept-Language") != null
                && "en".equals(request.getLocale().getLanguage())
            ? Locale.ENGLISH
            : Locale.SIMPLIFIED_CHINESE;
    ResourceBundle texts = ResourceBundle.getBundle(FacesText.BUNDLE, locale);
    response.setStatus(status);
    // The rest of an oversized body is not read: the client learns the answer and the connection
    // ends.
    response.setHeader("Connection", "close");
    response.setContentType("text/html;charset=UTF-8");
    PrintWriter page = response.getWriter();
    page.append("<!DOCTYPE html><html lang=\"")
        .append(locale.getLanguage())
        .append("\"><head><meta charset=\"UTF-8\"><title>")
        .append(texts.getString("error." + kind + ".title"))
        .append("</title></head><body><h1>")
        .append(texts.getString("error." + kind + ".title"))
        .append("</h1><p>")
        .append(texts.getString("error." + kind + ".text"))
        .append("</p><p><a href=\"")
        .append(request.getContextPath())
        .append("/\">")
        .append(texts.getString("error.home"))
        .append("</a></p></body></html>");
  }
}
