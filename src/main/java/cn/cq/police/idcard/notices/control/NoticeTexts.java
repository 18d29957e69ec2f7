package cn.cq.police.idcard.notices.control;

import cn.cq.police.idcard.notices.entity.NoticeKind;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a message template and its rendering. A template starts with the sender's signature
 * in 【】 (the carriers deliver nothing without one), names only its kind's placeholders in braces,
 * and is at most {@value #MAX_TEMPLATE} characters; a rendered text carries no control characters
 * whatever the values held.
 */
public final class NoticeTexts {

  public static final int MAX_TEMPLATE = 500;

  /** The outbox column's length: a rendered text beyond it is cut, marked with an ellipsis. */
  public static final int MAX_TEXT = 600;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern SIGNATURE = Pattern.compile("^【[^【】]{2,12}】");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}|\\p{Cf}");

  /** Why a template cannot be used: a message key and its arguments. */
  public record Problem(String key, Object... arguments) {}

  private NoticeTexts() {}

  /** The first rule the template breaks; empty when it may be used. */
  public static Optional<Problem> problem(NoticeKind kind, String template) {
    String text = template == null ? "" : template.strip();
    if (text.isEmpty() || text.length() > MAX_TEMPLATE) {
      return Optional.of(new Problem("notice.template.length", MAX_TEMPLATE));
    }
    if (CONTROL.matcher(text).find()) {
      return Optional.of(new Problem("notice.template.control"));
    }
    if (!SIGNATURE.matcher(text).find()) {
      return Optional.of(new Problem("notice.template.signature"));
    }
    String outside = PLACEHOLDER.matcher(text).replaceAll("");
    if (outside.indexOf('{') >= 0 || outside.indexOf('}') >= 0) {
      return Optional.of(new Problem("notice.template.brace"));
    }
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      String name = placeholder.group(1);
      if (!kind.placeholders().contains(name)) {
        return Optional.of(
            new Problem(
                "notice.template.unknownPlaceholder",
                name,
                String.join(", ", kind.placeholders().stream().map(p -> "{" + p + "}").toList())));
      }
    }
    return Optional.empty();
  }

  /**
   * The text of a message: each placeholder replaced by its value, control characters taken out of
   * the values (a station's name is typed by an administrator), cut to {@value #MAX_TEXT}.
   */
  public static String render(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template.strip());
    StringBuilder text = new StringBuilder();
    while (placeholder.find()) {
      String value = values.getOrDefault(placeholder.group(1), "");
      placeholder.appendReplacement(
          text, Matcher.quoteReplacement(CONTROL.matcher(value).replaceAll(" ").strip()));
    }
    placeholder.appendTail(text);
    return text.length() <= MAX_TEXT ? text.toString() : text.substring(0, MAX_TEXT - 1) + "…";
  }
}
