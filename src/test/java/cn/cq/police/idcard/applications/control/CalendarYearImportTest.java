package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.control.CalendarYearImport.Change;
import cn.cq.police.idcard.applications.control.CalendarYearImport.DayChange;
import cn.cq.police.idcard.applications.control.CalendarYearImport.Problem;
import cn.cq.police.idcard.applications.control.CalendarYearImport.Reason;
import cn.cq.police.idcard.applications.entity.CalendarDay;
import cn.cq.police.idcard.applications.entity.CalendarDayKind;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarYearImportTest {

  /** A day in late 2026, when the State Council publishes the notice for 2027. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  /** Part of a 2027 notice: 元旦 on a Friday, 春节 with a working Sunday before it. */
  static final String NOTICE_2027 =
      """
      # 国务院办公厅关于2027年部分节假日安排的通知
      2027-01-01,放假,元旦

      2027-02-05,放假,春节
      2027-02-07,上班,春节调休
      2027-02-08,休,春节
      2027-02-20,班,春节调休
      2027-05-03,holiday,劳动节
      2027-05-08,Workday,劳动节调休
      """;

  static CalendarYearImport read(String text, CalendarDay... stored) {
    return CalendarYearImport.read(2027, text, List.of(stored), TODAY);
  }

  static List<Problem> problems(String text) {
    return read(text).problems();
  }

  static Problem onlyProblem(String text) {
    List<Problem> problems = problems(text);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void aGoodListIsReadIntoDaysInDateOrder() {
    CalendarYearImport list = read(NOTICE_2027);
    assertTrue(list.readable(), list.problems().toString());
    assertEquals(7, list.days().size());
    assertEquals(
        new DayChange(
            LocalDate.of(2027, 1, 1), Change.ADDED, CalendarDayKind.HOLIDAY, "元旦", null, null),
        list.days().get(0));
    assertEquals(
        List.of(
            CalendarDayKind.HOLIDAY,
            CalendarDayKind.HOLIDAY,
            CalendarDayKind.WORKDAY,
            CalendarDayKind.HOLIDAY,
            CalendarDayKind.WORKDAY,
            CalendarDayKind.HOLIDAY,
            CalendarDayKind.WORKDAY),
        list.days().stream().map(DayChange::kind).toList());
    assertEquals(7, list.count(Change.ADDED));
    assertEquals(7, list.listed());
    assertTrue(list.changesAnything());
    assertEquals(NOTICE_2027, list.text());
  }

  @Test
  void fullWidthCommasTabsWindowsLineEndsAndSpacesAreRead() {
    CalendarYearImport list =
        read("2027-01-01，放假，元旦\r\n 2027-02-07\t上班\t春节调休 \r\n2027-05-03 , 休 , 劳动节");
    assertTrue(list.readable(), list.problems().toString());
    assertEquals(List.of("元旦", "春节调休", "劳动节"), list.days().stream().map(DayChange::name).toList());
  }

  @Test
  void theComparisonSaysWhatIsAddedChangedRemovedOrKept() {
    CalendarYearImport list =
        read(
            NOTICE_2027,
            new CalendarDay(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY, "元旦"),
            new CalendarDay(LocalDate.of(2027, 2, 5), CalendarDayKind.HOLIDAY, "春节假期"),
            new CalendarDay(LocalDate.of(2027, 10, 1), CalendarDayKind.HOLIDAY, "国庆节"),
            // Another year's day is not this list's business.
            new CalendarDay(LocalDate.of(2028, 1, 3), CalendarDayKind.HOLIDAY, "元旦"));
    assertTrue(list.readable(), list.problems().toString());
    assertEquals(1, list.count(Change.UNCHANGED));
    assertEquals(1, list.count(Change.CHANGED));
    assertEquals(1, list.count(Change.REMOVED));
    assertEquals(5, list.count(Change.ADDED));
    assertEquals(7, list.listed());
    assertEquals(
        new DayChange(
            LocalDate.of(2027, 2, 5),
            Change.CHANGED,
            CalendarDayKind.HOLIDAY,
            "春节",
            CalendarDayKind.HOLIDAY,
            "春节假期"),
        list.days().get(1));
    assertEquals(
        new DayChange(
            LocalDate.of(2027, 10, 1), Change.REMOVED, null, null, CalendarDayKind.HOLIDAY, "国庆节"),
        list.days().get(list.days().size() - 1));
  }

  @Test
  void aKindChangedIsAChange() {
    CalendarYearImport list =
        read(
            "2027-02-07,放假,春节调休",
            new CalendarDay(LocalDate.of(2027, 2, 7), CalendarDayKind.WORKDAY, "春节调休"));
    assertEquals(Change.CHANGED, list.days().get(0).change());
  }

  @Test
  void theSameListAgainChangesNothing() {
    CalendarYearImport list =
        read(
            "2027-01-01,放假,元旦",
            new CalendarDay(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY, "元旦"));
    assertTrue(list.readable());
    assertFalse(list.changesAnything());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2027-01-01,放假|FIELDS",
        "2027-01-01,放假,元旦,多余|FIELDS",
        "2027-01-01 放假 元旦|FIELDS",
        "2027/01/01,放假,元旦|DATE",
        "2027-1-1,放假,元旦|DATE",
        "2027-02-30,放假,元旦|DATE",
        "元旦,放假,2027-01-01|DATE",
        "2028-01-01,放假,元旦|OTHER_YEAR",
        "2027-01-01,假,元旦|KIND",
        "2027-01-01,,元旦|KIND",
        "2027-01-01,放假,|NAME",
        "2027-01-01,放假,   |NAME",
        "2027-01-04,上班,调休|WORKDAY_ON_WEEKDAY"
      })
  void aLineThatCannotBeReadIsNamedWithItsNumberAndWhy(String badLine, Reason reason) {
    Problem problem = onlyProblem("# 2027\n2027-01-01,放假,元旦\n" + badLine + "\n");
    assertEquals(3, problem.line());
    assertEquals(reason, problem.reason());
    assertTrue(read("2027-01-01,放假,元旦\n" + badLine).days().isEmpty(), "nothing to store");
  }

  @Test
  void aNameLongerThanTheCalendarKeepsIsRefused() {
    String fifty = "节".repeat(CalendarDay.NAME_MAX);
    assertTrue(read("2027-01-01,放假," + fifty).readable());
    Problem problem = onlyProblem("2027-01-01,放假," + fifty + "节");
    assertEquals(Reason.NAME, problem.reason());
    assertEquals(List.of("50"), problem.arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"元旦\u202E", "元\u0000旦", "元\u200B旦", "元\u0007旦"})
  void namesWithHiddenCharactersAreRefused(String name) {
    assertEquals(Reason.NAME_CHARACTERS, onlyProblem("2027-01-01,放假," + name).reason());
  }

  @Test
  void markupInANameIsJustText() {
    // The page escapes it; the reading keeps it as typed, within the length bound.
    CalendarYearImport list = read("2027-01-01,放假,<script>alert(1)</script>");
    assertTrue(list.readable());
    assertEquals("<script>alert(1)</script>", list.days().get(0).name());
  }

  @Test
  void everyBadLineIsNamedNotOnlyTheFirst() {
    List<Problem> problems = problems("2027-13-01,放假,x\n2027-01-01,放假,元旦\n2027-01-02,x,y\n");
    assertEquals(List.of(1, 3), problems.stream().map(Problem::line).toList());
    assertEquals(
        List.of(Reason.DATE, Reason.KIND), problems.stream().map(Problem::reason).toList());
  }

  @Test
  void aDateListedTwiceIsAnErrorNamingTheFirstLine() {
    Problem problem = onlyProblem("2027-01-01,放假,元旦\n2027-02-07,上班,春节调休\n2027-01-01,放假,元旦\n");
    assertEquals(3, problem.line());
    assertEquals(Reason.DUPLICATE, problem.reason());
    assertEquals(List.of("2027-01-01", "1"), problem.arguments());
  }

  @Test
  void aDateOfAnotherYearNamesTheYear() {
    Problem problem = onlyProblem("2026-12-31,放假,跨年");
    assertEquals(Reason.OTHER_YEAR, problem.reason());
    assertEquals(List.of("2026-12-31", "2027"), problem.arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\n", "# only a comment\n\n# and another"})
  void anEmptyListIsRefused(String text) {
    Problem problem = onlyProblem(text);
    assertEquals(0, problem.line());
    assertEquals(Reason.EMPTY, problem.reason());
  }

  @Test
  void noTextAtAllIsAnEmptyList() {
    assertEquals(Reason.EMPTY, onlyProblem(null).reason());
  }

  @Test
  void moreLinesThanTheBoundAreRefusedBeforeAnyIsRead() {
    String lines = "# line\n".repeat(CalendarYearImport.MAX_LINES);
    assertEquals(Reason.EMPTY, onlyProblem(lines).reason());
    Problem problem = onlyProblem(lines + "2027-01-01,放假,元旦");
    assertEquals(0, problem.line());
    assertEquals(Reason.TOO_LARGE, problem.reason());
    assertEquals(List.of("400", "64"), problem.arguments());
  }

  @Test
  void moreBytesThanTheBoundAreRefused() {
    // Few lines, but long ones: the byte bound holds whatever the line count.
    String longLine = "#" + "节".repeat(CalendarYearImport.MAX_BYTES / 3) + "\n";
    assertEquals(Reason.TOO_LARGE, onlyProblem(longLine + "2027-01-01,放假,元旦").reason());
    byte[] upload = new byte[CalendarYearImport.MAX_BYTES + 1];
    assertEquals(
        Reason.TOO_LARGE,
        CalendarYearImport.read(2027, upload, List.of(), TODAY).problems().get(0).reason());
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2037, 0, -5, 99_999})
  void aYearThatIsPastOrTooFarAheadIsRefused(int year) {
    List<Problem> problems =
        CalendarYearImport.read(year, "2027-01-01,放假,元旦", List.of(), TODAY).problems();
    assertEquals(1, problems.size());
    assertEquals(Reason.YEAR, problems.get(0).reason());
    assertEquals(List.of("2026", "2036"), problems.get(0).arguments());
  }

  @Test
  void thisYearAndTenAheadAreTaken() {
    assertTrue(CalendarYearImport.importable(2026, TODAY));
    assertTrue(CalendarYearImport.importable(2036, TODAY));
    assertFalse(CalendarYearImport.importable(2025, TODAY));
    assertFalse(CalendarYearImport.importable(2037, TODAY));
  }

  @Test
  void aPastDayStaysAsItIs() {
    CalendarDay nationalDay =
        new CalendarDay(LocalDate.of(2026, 10, 1), CalendarDayKind.HOLIDAY, "国庆节");
    // Listed as stored: fine; a future day may be added beside it.
    CalendarYearImport same =
        CalendarYearImport.read(
            2026, "2026-10-01,放假,国庆节\n2026-12-31,放假,测试", List.of(nationalDay), TODAY);
    assertTrue(same.readable(), same.problems().toString());
    // Renamed, added in the past, or left out: refused, each day named.
    List<Problem> problems =
        CalendarYearImport.read(
                2026, "2026-11-19,放假,昨天\n2026-10-01,放假,国庆", List.of(nationalDay), TODAY)
            .problems();
    assertEquals(List.of(1, 2), problems.stream().map(Problem::line).toList());
    assertTrue(problems.stream().allMatch(p -> p.reason() == Reason.PAST_DAY));
    Problem removed =
        CalendarYearImport.read(2026, "2026-12-31,放假,测试", List.of(nationalDay), TODAY)
            .problems()
            .get(0);
    assertEquals(new Problem(0, Reason.PAST_DAY, List.of("2026-10-01")), removed);
    assertTrue(
        CalendarYearImport.read(2026, "2026-11-20,放假,今天", List.of(), TODAY).readable(),
        "today is not past");
  }

  @Test
  void anUploadIsUtf8WithOrWithoutAByteOrderMark() {
    byte[] plain = NOTICE_2027.getBytes(StandardCharsets.UTF_8);
    assertEquals(7, CalendarYearImport.read(2027, plain, List.of(), TODAY).days().size());
    byte[] withBom = ("\uFEFF" + NOTICE_2027).getBytes(StandardCharsets.UTF_8);
    CalendarYearImport list = CalendarYearImport.read(2027, withBom, List.of(), TODAY);
    assertTrue(list.readable(), list.problems().toString());
    assertEquals(NOTICE_2027, list.text());
  }

  @Test
  void anUploadInGbkOrBinaryIsRefusedWhole() {
    byte[] gbk = NOTICE_2027.getBytes(Charset.forName("GBK"));
    CalendarYearImport list = CalendarYearImport.read(2027, gbk, List.of(), TODAY);
    assertEquals(List.of(new Problem(0, Reason.NOT_UTF8, List.of())), list.problems());
    assertEquals("", list.text());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xff, 0};
    assertEquals(
        Reason.NOT_UTF8,
        CalendarYearImport.read(2027, png, List.of(), TODAY).problems().get(0).reason());
    assertEquals(
        Reason.EMPTY,
        CalendarYearImport.read(2027, new byte[0], List.of(), TODAY).problems().get(0).reason());
  }

  @Test
  void everyReasonHasItsMessageKey() {
    assertEquals(
        "admin.calendar.import.problem.DUPLICATE",
        new Problem(3, Reason.DUPLICATE, List.of()).messageKey());
  }

  @Test
  void aPreviewTravelsWithTheViewToAnotherClusterMember() throws Exception {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(read(NOTICE_2027));
      out.writeObject(read("2027-01-01,假,元旦"));
    }
  }
}
