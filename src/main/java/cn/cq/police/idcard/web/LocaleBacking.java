package cn.cq.police.idcard.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The interface language: Simplified Chinese unless the person picks English (or their browser asks
 * only for English), kept for the session.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    String acceptLanguage = faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      // Without a browser preference the server's own locale would decide: Chinese instead.
      return Locale.SIMPLIFIED_CHINESE;
    }
    Locale requested = faces.getApplication().getViewHandler().calculateLocale(faces);
    return Locale.ENGLISH.getLanguage().equals(requested.getLanguage())
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
  }

  public void useChinese() {
    choose(Locale.SIMPLIFIED_CHINESE);
  }

  public void useEnglish() {
    choose(Locale.ENGLISH);
  }

  private void choose(Locale locale) {
    chosen = locale;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
