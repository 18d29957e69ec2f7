package cn.cq.police.idcard.progress.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The progress query's words in one language, from the product's bundle ({@code progress.*}), so
 * the page and the JSON answer say exactly the same. Chinese unless English is asked for.
 */
public final class ProgressTexts {

  static final String BUNDLE = "i18n.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  public ProgressTexts(Locale locale) {
    this.locale = isEnglish(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale);
  }

  /** The language of a request: English when its most wanted language is English, else Chinese. */
  public static Locale preferred(List<Locale> acceptable) {
    return acceptable.stream()
        .filter(wanted -> !"*".equals(wanted.getLanguage()))
        .findFirst()
        .filter(ProgressTexts::isEnglish)
        .map(english -> Locale.ENGLISH)
        .orElse(Locale.SIMPLIFIED_CHINESE);
  }

  public Locale locale() {
    return locale;
  }

  public String stage(ProgressStage stage) {
    return text("progress.stage." + stage.name());
  }

  /** A sentence about the stage; for a mailed card it names the tracking number. */
  public String explanation(CitizenProgress progress) {
    String key = "progress.explain." + progress.stage().name();
    return progress.trackingNumber() == null ? text(key) : text(key, progress.trackingNumber());
  }

  public List<String> toBring(CitizenProgress progress) {
    return progress.toBring().stream()
        .sorted()
        .map(item -> text("progress.bring." + item.name()))
        .toList();
  }

  /** A date as a resident reads it: 2027年1月5日, January 5, 2027. */
  public String date(LocalDate date) {
    return date == null
        ? null
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  public String notFound() {
    return text("progress.notFound");
  }

  public String invalid(ProgressQuery.Problem problem) {
    return text("progress.invalid." + problem.name());
  }

  /** Why a query was refused and when to ask again: in minutes, or hours from 90 minutes on. */
  public String throttled(ProgressAnswer.Throttled throttled) {
    long minutes = Math.max(1, (throttled.retryAfterSeconds() + 59) / 60);
    String wait =
        minutes < 90
            ? text("progress.wait.minutes", minutes)
            : text("progress.wait.hours", (minutes + 59) / 60);
    return text("progress.throttled." + throttled.limit().name(), wait);
  }

  /** What to tell instead of a progress: not found, not a query, too many queries; else null. */
  public String refusal(ProgressAnswer answer) {
    if (answer instanceof ProgressAnswer.NotFound) {
      return notFound();
    }
    if (answer instanceof ProgressAnswer.Invalid invalid) {
      return invalid(invalid.problem());
    }
    if (answer instanceof ProgressAnswer.Throttled throttled) {
      return throttled(throttled);
    }
    return null;
  }

  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private static boolean isEnglish(Locale locale) {
    return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
