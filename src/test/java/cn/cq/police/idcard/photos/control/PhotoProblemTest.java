package cn.cq.police.idcard.photos.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every problem explains itself to the clerk, in Chinese and in English. */
class PhotoProblemTest {

  static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  static final ResourceBundle CHINESE =
      ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE, NO_FALLBACK);
  static final ResourceBundle ENGLISH =
      ResourceBundle.getBundle("i18n.messages", Locale.ROOT, NO_FALLBACK);

  @ParameterizedTest
  @EnumSource(PhotoProblem.class)
  void hasATextInBothLanguagesThatTakesTheMeasuredValues(PhotoProblem problem) {
    String chinese = CHINESE.getString(problem.messageKey());
    String english = ENGLISH.getString(problem.messageKey());
    assertNotEquals(chinese, english);
    assertTrue(chinese.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), chinese);
    Object[] arguments = {123.4, 56};
    for (String pattern : new String[] {chinese, english}) {
      String text = new MessageFormat(pattern, Locale.ROOT).format(arguments);
      assertFalse(text.contains("{"), text);
      // A text that shows values shows both: the measured one and the limit.
      assertTrue(!pattern.contains("{") || (text.contains("123.4") && text.contains("56")), text);
    }
  }

  @Test
  void theExampleOfTheIssueReadsAsItShould() {
    assertTrue(
        CHINESE.getString(PhotoProblem.BACKGROUND_UNEVEN.messageKey()).contains("背景不够白或不均匀"));
    assertTrue(
        CHINESE.getString(PhotoProblem.BACKGROUND_UNEVEN.messageKey()).contains("请调整灯光或背景板"));
  }
}
