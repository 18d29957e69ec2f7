package cn.cq.police.idcard.notices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.notices.entity.NoticeKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTextsTest {

  static final String ARRIVED =
      "【重庆公安】您的身份证（受理编号{acceptanceNumber}）已到{station}，地址{address}，{hours}。查询：{queryUrl}";

  @Test
  void theShippedWordingsAreValid() {
    assertTrue(NoticeTexts.problem(NoticeKind.CARD_ARRIVED, ARRIVED).isEmpty());
    assertTrue(
        NoticeTexts.problem(NoticeKind.CARD_POSTED, "【重庆公安】已寄出，单号{trackingNumber}").isEmpty());
  }

  @Test
  void aTemplateBreakingARuleIsRefusedWithItsReason() {
    assertEquals("notice.template.length", problem(NoticeKind.CARD_ARRIVED, "  "));
    assertEquals(
        "notice.template.length", problem(NoticeKind.CARD_ARRIVED, "【重庆公安】" + "字".repeat(500)));
    assertEquals("notice.template.signature", problem(NoticeKind.CARD_ARRIVED, "您的身份证已到所"));
    assertEquals("notice.template.control", problem(NoticeKind.CARD_ARRIVED, "【重庆公安】已到\n所"));
    assertEquals("notice.template.brace", problem(NoticeKind.CARD_ARRIVED, "【重庆公安】{station 已到"));
    assertEquals("notice.template.brace", problem(NoticeKind.CARD_ARRIVED, "【重庆公安】station} 已到"));
    // The tracking number belongs to a posted card's message only.
    NoticeTexts.Problem unknown =
        NoticeTexts.problem(NoticeKind.CARD_ARRIVED, "【重庆公安】单号{trackingNumber}").orElseThrow();
    assertEquals("notice.template.unknownPlaceholder", unknown.key());
    assertEquals("trackingNumber", unknown.arguments()[0]);
  }

  @Test
  void renderingFillsThePlaceholdersAndStripsControlCharactersFromValues() {
    String text =
        NoticeTexts.render(
            "【重庆公安】已到{station}，受理编号{acceptanceNumber}。",
            Map.of("station", "解放碑\n派出所\u202e", "acceptanceNumber", "500103202612070001"));
    assertEquals("【重庆公安】已到解放碑 派出所，受理编号500103202612070001。", text);
  }

  @Test
  void aValueCannotInjectAPlaceholderOrABackReference() {
    String text =
        NoticeTexts.render(
            "【重庆公安】{station}{acceptanceNumber}",
            Map.of("station", "{acceptanceNumber}$1\\", "acceptanceNumber", "X"));
    assertEquals("【重庆公安】{acceptanceNumber}$1\\X", text);
  }

  @Test
  void anOverlongTextIsCutWithAnEllipsis() {
    String text = NoticeTexts.render("【重庆公安】{station}", Map.of("station", "站".repeat(700)));
    assertEquals(NoticeTexts.MAX_TEXT, text.length());
    assertTrue(text.endsWith("…"));
  }

  private static String problem(NoticeKind kind, String template) {
    return NoticeTexts.problem(kind, template).map(NoticeTexts.Problem::key).orElse("none");
  }
}
