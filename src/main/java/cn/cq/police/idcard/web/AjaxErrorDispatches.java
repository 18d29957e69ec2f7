package cn.cq.police.idcard.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Shows the error page to an Ajax click that failed before its page was reached. OmniFaces' full
 * Ajax exception handler covers what fails inside a page; what fails in front of it, such as the
 * account check every request makes while the database is down, goes to the server's error page.
 * For an Ajax request that page was rendered as a partial answer with none of the regions the click
 * asked for, and with the error status, which the browser's Ajax code drops: the clerk saw nothing
 * happen, and the load harness counted bare HTTP 500s. Here the error page replaces the whole
 * document, with status 200 so that the Ajax code applies it, as OmniFaces does for its own.
 */
public class AjaxErrorDispatches implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    PartialViewContext partial = context.getPartialViewContext();
    if (!(context.getExternalContext().getRequest() instanceof HttpServletRequest request)
        || request.getDispatcherType() != DispatcherType.ERROR
        || !partial.isAjaxRequest()) {
      return;
    }
    partial.setRenderAll(true);
    HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
    response.setStatus(HttpServletResponse.SC_OK);
    context.getExternalContext().setResponse(new StatusStaysOk(response));
  }

  /** Keeps the 200 when the error page sets its own status (404.xhtml does, also for a 403). */
  static final class StatusStaysOk extends HttpServletResponseWrapper {

    StatusStaysOk(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int status) {
      // The browser's Ajax code would drop the page with any other status.
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Nothing after the page is written.
  }
}
