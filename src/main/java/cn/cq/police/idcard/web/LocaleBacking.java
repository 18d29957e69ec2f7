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
    return chosen != null ? chosen : Locale.SIMPLIFIED_CHINESE;
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
