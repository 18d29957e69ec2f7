package cn.cq.police.idcard.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A post whose view could not be restored (a forged or lost view state) has no CSP nonce: the view
 * kept it. PrimeFaces then fails while the error page is written ("Missing CSP nonce"), and the
 * person gets a server error instead of the "expired" page. This gives such a request a view with
 * the nonce its page posted (PrimeFaces insists they match), or a fresh one, so the error page
 * renders as before. The error pages show nothing anyone typed, so a chosen nonce gains nothing.
 */
public class NonceForLostViews implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** Where PrimeFaces keeps a view's nonce (CspState). */
  static final String NONCE = "primefaces.nonce";

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Pattern POSTED = Pattern.compile("[A-Za-z0-9+/=]{16,100}");

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before the view is restored.
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback() && !context.getPartialViewContext().isAjaxRequest()) {
      return;
    }
    UIViewRoot view = context.getViewRoot();
    if (view == null) {
      String viewId = context.getExternalContext().getRequestServletPath();
      view = context.getApplication().getViewHandler().createView(context, viewId);
      context.setViewRoot(view);
    }
    view.getViewMap(true).putIfAbsent(NONCE, nonceOf(context));
  }

  private static String nonceOf(FacesContext context) {
    String posted = context.getExternalContext().getRequestParameterMap().get(NONCE);
    if (posted != null && POSTED.matcher(posted).matches()) {
      return posted;
    }
    byte[] nonce = new byte[24];
    RANDOM.nextBytes(nonce);
    return Base64.getEncoder().encodeToString(nonce);
  }
}
