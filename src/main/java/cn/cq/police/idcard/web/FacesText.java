package cn.cq.police.idcard.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing text from the resource bundle in the current view's language. */
public final class FacesText {

  public static final String BUNDLE = "i18n.messages";

  private FacesText() {}

  /** The language of the current view. */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.CHINA;
  }

  public static String text(String key, Object... arguments) {
    Locale locale = locale();
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** Whether the bundle of the current view's language has the key. */
  public static boolean hasText(String key) {
    return ResourceBundle.getBundle(BUNDLE, locale()).containsKey(key);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String summary = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
  }
}
