package cn.cq.police.idcard.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressTextsTest {

  static final ProgressTexts ZH = new ProgressTexts(Locale.SIMPLIFIED_CHINESE);
  static final ProgressTexts EN = new ProgressTexts(Locale.ENGLISH);

  @Test
  void theStagesReadAsTheIssueWordsThem() {
    assertEquals("受理中", ZH.stage(ProgressStage.ACCEPTED));
    assertEquals("审核中", ZH.stage(ProgressStage.UNDER_REVIEW));
    assertEquals("制证中", ZH.stage(ProgressStage.IN_PRODUCTION));
    assertEquals("已到所待领", ZH.stage(ProgressStage.READY_FOR_PICKUP));
    assertEquals("已领取", ZH.stage(ProgressStage.COLLECTED));
    assertEquals("已邮寄", ZH.stage(ProgressStage.MAILED));
    assertEquals("退回需补正", ZH.stage(ProgressStage.CORRECTION_NEEDED));
  }

  @Test
  void everyStageAndItemHasAnExplanationInBothLanguages() {
    for (ProgressTexts texts : List.of(ZH, EN)) {
      for (ProgressStage stage : ProgressStage.values()) {
        CitizenProgress progress =
            new CitizenProgress(
                stage, Set.of(ToBring.values()), "SF1234567890", null, "站", "址", "时");
        assertFalse(texts.explanation(progress).isBlank());
        assertEquals(ToBring.values().length, texts.toBring(progress).size());
      }
    }
    CitizenProgress mailed =
        new CitizenProgress(ProgressStage.MAILED, Set.of(), "SF1234567890", null, "站", "址", "时");
    assertEquals("证件已邮寄，快递单号：SF1234567890", ZH.explanation(mailed));
  }

  @Test
  void chineseUnlessEnglishIsWantedFirst() {
    assertEquals(Locale.SIMPLIFIED_CHINESE, ProgressTexts.preferred(List.of()));
    assertEquals(Locale.SIMPLIFIED_CHINESE, ProgressTexts.preferred(List.of(Locale.FRENCH)));
    assertEquals(
        Locale.SIMPLIFIED_CHINESE, ProgressTexts.preferred(List.of(Locale.CHINA, Locale.ENGLISH)));
    assertEquals(Locale.ENGLISH, ProgressTexts.preferred(List.of(Locale.US, Locale.CHINA)));
  }

  @Test
  void waitsAndDatesAsResidentsReadThem() {
    assertEquals(
        "查询过于频繁，请1分钟后再试。",
        ZH.throttled(new ProgressAnswer.Throttled(ProgressAnswer.Limit.ADDRESS, 42)));
    assertEquals(
        "Too many queries. Try again in 2 minutes.",
        EN.throttled(new ProgressAnswer.Throttled(ProgressAnswer.Limit.ADDRESS, 61)));
    assertEquals(
        true,
        ZH.throttled(new ProgressAnswer.Throttled(ProgressAnswer.Limit.NUMBER, 86_400))
            .contains("请24小时后再试"));
    assertEquals("2027年1月5日", ZH.date(LocalDate.of(2027, 1, 5)));
    assertEquals("January 5, 2027", EN.date(LocalDate.of(2027, 1, 5)));
  }
}
