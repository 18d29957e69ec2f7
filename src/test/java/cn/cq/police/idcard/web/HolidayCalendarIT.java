package cn.cq.police.idcard.web;

import static cn.cq.police.idcard.web.AdministrationIT.admin;
import static cn.cq.police.idcard.web.AdministrationIT.errors;
import static cn.cq.police.idcard.web.AdministrationIT.infos;
import static cn.cq.police.idcard.web.AdministrationIT.openAccount;
import static cn.cq.police.idcard.web.AdministrationIT.rowOf;
import static cn.cq.police.idcard.web.AdministrationIT.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A year of the holiday calendar at once (issue 15), in a real browser as the city's administrator.
 * The year is the last one the page takes, ten years ahead, so no promised pickup date of the demo
 * data counts with it; the test that stores days removes them again at its end.
 */
class HolidayCalendarIT {

  static final int YEAR = AdministrationIT.TODAY.getYear() + 10;

  /** A Monday to Sunday National Day week with the Sunday before it worked (调休). */
  static final LocalDate NATIONAL_DAY =
      LocalDate.of(YEAR, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));

  static final LocalDate WORKED_SUNDAY = NATIONAL_DAY.minusDays(1);

  static final LocalDate NEW_YEAR = LocalDate.of(YEAR, 1, 1);

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  static void preview(Browser admin, String list) {
    type(admin, "#calendar\\:importYear", String.valueOf(YEAR));
    type(admin, "#calendar\\:importText", list);
    admin.awaitAjaxAfter(() -> admin.find("#calendar\\:preview").click());
  }

  static void confirm(Browser admin) {
    admin.awaitAjaxAfter(() -> admin.find("#calendar\\:confirm").click());
  }

  static String previewed(Browser admin) {
    return admin.text("#calendar\\:changes");
  }

  static String stored(Browser admin) {
    return admin.text("#calendar\\:days");
  }

  @Test
  void aYearIsPastedPreviewedConfirmedAndReplacedLater() {
    try (Browser admin = admin("city.admin")) {
      admin.get("admin/calendar.xhtml");
      preview(
          admin,
          "# 国务院办公厅通知\n"
              + NEW_YEAR
              + ",放假,<b>元旦</b>\n"
              + WORKED_SUNDAY
              + ",上班,国庆节调休\n"
              + NATIONAL_DAY
              + "，休，国庆节\n");
      assertEquals("", errors(admin));
      String preview = previewed(admin);
      assertTrue(preview.contains(NEW_YEAR + " 新增 节假日 <b>元旦</b>"), preview);
      assertTrue(preview.contains(WORKED_SUNDAY + " 新增 调休工作日 国庆节调休"), preview);
      assertTrue(preview.contains(NATIONAL_DAY + " 新增 节假日 国庆节"), preview);
      // A name is text, never markup.
      assertFalse(admin.exists("#calendar\\:changes b"));
      assertTrue(admin.text("#import-summary").contains("新增 3 天"), admin.text("#import-summary"));
      assertFalse(
          stored(admin).contains(NATIONAL_DAY.toString()), "nothing stored before confirming");

      confirm(admin);
      assertTrue(infos(admin).contains(YEAR + " 年的日期已替换：新增 3 天"), infos(admin));
      assertFalse(admin.exists("#calendar\\:changes"));
      admin.get("admin/calendar.xhtml");
      assertTrue(stored(admin).contains(NATIONAL_DAY + " 节假日 国庆节"), stored(admin));
      assertTrue(stored(admin).contains(WORKED_SUNDAY + " 调休工作日 国庆节调休"), stored(admin));
      assertFalse(admin.exists("#calendar\\:days b"));

      // The corrected notice: 元旦 renamed, the worked Sunday gone, a second holiday added.
      LocalDate secondDay = NATIONAL_DAY.plusDays(1);
      preview(
          admin, NEW_YEAR + ",holiday,元旦\n" + NATIONAL_DAY + ",放假,国庆节\n" + secondDay + ",放假,国庆节\n");
      preview = previewed(admin);
      assertTrue(preview.contains(NEW_YEAR + " 修改 节假日 元旦 节假日 <b>元旦</b>"), preview);
      assertTrue(preview.contains(WORKED_SUNDAY + " 删除 调休工作日 国庆节调休"), preview);
      assertTrue(preview.contains(NATIONAL_DAY + " 不变 节假日 国庆节"), preview);
      assertTrue(preview.contains(secondDay + " 新增 节假日 国庆节"), preview);
      confirm(admin);
      assertTrue(infos(admin).contains("新增 1 天，修改 1 天，删除 1 天"), infos(admin));
      assertFalse(stored(admin).contains(WORKED_SUNDAY.toString()), stored(admin));
      assertTrue(stored(admin).contains(secondDay + " 节假日 国庆节"), stored(admin));

      // The same list again changes nothing: no button to confirm.
      preview(
          admin, NEW_YEAR + ",holiday,元旦\n" + NATIONAL_DAY + ",放假,国庆节\n" + secondDay + ",放假,国庆节\n");
      assertTrue(infos(admin).contains("无需修改"), infos(admin));
      assertFalse(admin.exists("#calendar\\:confirm"));

      openAccount(admin, "city.admin");
      String history = admin.text("#accounts\\:history");
      assertTrue(history.contains("导入全年节假日/调休工作日"), history);

      // Single days still come and go one at a time; the year is left as it was found.
      admin.get("admin/calendar.xhtml");
      for (LocalDate day : new LocalDate[] {NEW_YEAR, NATIONAL_DAY, secondDay}) {
        int row = rowOf(admin, "#calendar\\:days tbody tr", day.toString());
        admin.awaitAjaxAfter(() -> admin.find("#calendar\\:days\\:" + row + "\\:remove").click());
        assertTrue(infos(admin).contains("已删除 " + day), infos(admin));
      }
      assertFalse(stored(admin).contains(YEAR + "-"), stored(admin));
    }
  }

  @Test
  void aBadLineIsNamedWithItsNumberAndNothingIsSaved() {
    LocalDate good = LocalDate.of(YEAR, 11, 2);
    try (Browser admin = admin("city.admin")) {
      admin.get("admin/calendar.xhtml");
      preview(
          admin,
          good
              + ",放假,测试\n"
              + "\n"
              + LocalDate.of(YEAR, 11, 3)
              + ",放假\n"
              + LocalDate.of(YEAR + 1, 1, 1)
              + ",放假,元旦\n"
              + good
              + ",放假,测试\n");
      String errors = errors(admin);
      assertTrue(errors.contains("第 3 行：请按“日期,类型,名称”填写"), errors);
      assertTrue(
          errors.contains("第 4 行：" + LocalDate.of(YEAR + 1, 1, 1) + " 不在 " + YEAR + " 年内"), errors);
      assertTrue(errors.contains("第 5 行：" + good + " 已在第 1 行列出"), errors);
      assertTrue(errors.contains("未保存任何内容"), errors);
      assertFalse(admin.exists("#calendar\\:changes"));
      assertFalse(admin.exists("#calendar\\:confirm"));
      // What was typed stays, to be corrected.
      assertTrue(
          admin.find("#calendar\\:importText").getAttribute("value").contains(good + ",放假,测试"));

      admin.get("admin/calendar.xhtml");
      assertFalse(stored(admin).contains(good.toString()), stored(admin));
    }
  }

  @Test
  void anUploadedFileIsPreviewedFromTheTextAreaAndAGbkFileIsRefused() throws Exception {
    LocalDate day = LocalDate.of(YEAR, 12, 1);
    String list = day + ",放假,上传测试\n";
    try (Browser admin = admin("city.admin")) {
      admin.get("admin/calendar.xhtml");
      type(admin, "#calendar\\:importYear", String.valueOf(YEAR));

      Path gbk = Files.createTempFile("holidays-gbk", ".csv");
      Files.write(gbk, list.getBytes(Charset.forName("GBK")));
      upload(admin, gbk);
      assertTrue(errors(admin).contains("不是 UTF-8"), errors(admin));
      assertFalse(admin.exists("#calendar\\:changes"));

      Path utf8 = Files.createTempFile("holidays", ".csv");
      Files.write(utf8, ("\uFEFF" + list).getBytes(StandardCharsets.UTF_8));
      upload(admin, utf8);
      assertEquals("", errors(admin));
      // The file's text, without its byte-order mark, is in the text area to be checked; the
      // preview is made from there, with the year on screen.
      assertEquals(
          list.strip(), admin.find("#calendar\\:importText").getAttribute("value").strip());
      assertFalse(admin.exists("#calendar\\:changes"));
      admin.awaitAjaxAfter(() -> admin.find("#calendar\\:preview").click());
      assertTrue(previewed(admin).contains(day + " 新增 节假日 上传测试"), previewed(admin));

      admin.awaitAjaxAfter(() -> admin.find("#calendar\\:cancel").click());
      assertFalse(admin.exists("#calendar\\:changes"));
      admin.get("admin/calendar.xhtml");
      assertFalse(stored(admin).contains(day.toString()), stored(admin));
    }
  }

  static void upload(Browser admin, Path file) {
    admin.awaitAjaxAfter(
        () ->
            admin
                .find("input[type=file][id$='importFile_input']")
                .sendKeys(file.toAbsolutePath().toString()));
  }
}
