package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.receipts.control.IntakeReason;
import cn.cq.police.idcard.receipts.control.Rejection;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The human-readable message beside each reason code, from the application's resource bundle in the
 * caller's language (Accept-Language; Chinese when none is asked for).
 */
final class IntakeMessages {

  private static final String BUNDLE = "i18n.messages";

  private IntakeMessages() {}

  static String of(HttpHeaders headers, Rejection rejection) {
    return of(headers, rejection.reason(), rejection.arguments());
  }

  static String of(HttpHeaders headers, IntakeReason reason, List<Object> arguments) {
    Locale locale = locale(headers);
    try {
      String pattern =
          ResourceBundle.getBundle(BUNDLE, locale).getString("intake.reason." + reason.name());
      return new MessageFormat(pattern, locale).format(arguments.toArray());
    } catch (MissingResourceException e) {
      return reason.name();
    }
  }

  private static Locale locale(HttpHeaders headers) {
    List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
    for (Locale candidate : acceptable) {
      if (candidate.getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
      if (candidate.getLanguage().equals("zh")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }
}
