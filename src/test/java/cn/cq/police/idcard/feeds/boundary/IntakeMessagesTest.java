package cn.cq.police.idcard.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.receipts.control.IntakeReason;
import cn.cq.police.idcard.receipts.control.Rejection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every intake reason code comes with a message for people, in Chinese and in English. */
class IntakeMessagesTest {

  static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @ParameterizedTest
  @EnumSource(IntakeReason.class)
  void everyReasonHasATextInBothLanguages(IntakeReason reason) {
    String key = "intake.reason." + reason.name();
    String chinese =
        ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE, NO_FALLBACK)
            .getString(key);
    String english =
        ResourceBundle.getBundle("i18n.messages", Locale.ROOT, NO_FALLBACK).getString(key);
    assertNotEquals(chinese, english);
    // Without Accept-Language the text is Chinese, and never the bare code.
    String message = IntakeMessages.of(null, reason, List.of(1, 8, 358, 441));
    assertNotEquals(reason.name(), message);
    assertTrue(message.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), message);
  }

  @ParameterizedTest
  @EnumSource(value = IntakeReason.class, names = "PHOTO_NOT_COLOUR_24BIT")
  void theColourDepthMessageNamesWhatWasFound(IntakeReason reason) {
    assertEquals(
        "相片不是 24 位彩色：有 1 个颜色分量，每个 8 位，应为 3 个分量，每个 8 位。",
        IntakeMessages.of(null, Rejection.of(reason, 1, 8)));
  }
}
