package cn.cq.police.idcard.forms.boundary;

import cn.cq.police.idcard.forms.control.OfficialForm;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens a form in the browser: {@code /counter/forms/<form>?application=<id>}, a temporary card's
 * {@code /counter/forms/temporary-card-form|fee-receipt?temporaryCard=<id>}, {@code
 * /counter/forms/authorization-letter} (blank) and {@code
 * /counter/forms/daily-summary|daily-close?date=yyyy-MM-dd}. Inside the counter folder, so only
 * logged-in clerks and supervisors reach it; anything not found is a plain 404.
 */
@WebServlet("/counter/forms/*")
public class FormDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Forms forms;

  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<OfficialForm> form = formOf(request.getPathInfo());
    if (form.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<byte[]> pdf;
    try {
      pdf = render(form.get(), request);
    } catch (EJBAccessException | IllegalArgumentException | DateTimeParseException refused) {
      pdf = Optional.empty();
    }
    if (pdf.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "inline; filename=\"" + form.get().reportName() + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.get().length);
    response.getOutputStream().write(pdf.get());
  }

  private Optional<byte[]> render(OfficialForm form, HttpServletRequest request) {
    String application = request.getParameter("application");
    String temporaryCard = request.getParameter("temporaryCard");
    if (temporaryCard != null) {
      return forms.ofTemporaryCard(form, Long.valueOf(temporaryCard));
    }
    return switch (form) {
      case DAILY_SUMMARY, DAILY_CLOSE -> Optional.of(forms.dailyReport(form, dayOf(request)));
      case AUTHORIZATION_LETTER ->
          application == null
              ? Optional.of(forms.blankAuthorizationLetter())
              : forms.ofApplication(form, Long.valueOf(application));
      default ->
          application == null
              ? Optional.empty()
              : forms.ofApplication(form, Long.valueOf(application));
    };
  }

  private LocalDate dayOf(HttpServletRequest request) {
    String date = request.getParameter("date");
    return date == null ? LocalDate.now(clock) : LocalDate.parse(date);
  }

  private static Optional<OfficialForm> formOf(String pathInfo) {
    String name = pathInfo == null ? "" : pathInfo.replaceFirst("^/", "");
    return Arrays.stream(OfficialForm.values())
        .filter(form -> form.reportName().equals(name))
        .findFirst();
  }
}
