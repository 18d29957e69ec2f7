package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.CalendarDay;
import cn.cq.police.idcard.applications.entity.CalendarDayKind;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One year of the State Council's 放假/调休 notice as a city administrator pastes or uploads it, read
 * line by line, and what storing it would change in the calendar. One day a line, {@code
 * date,kind,name}: {@code 2027-01-01,放假,元旦}, {@code 2027-02-07,上班,春节调休}; the kind is {@code 放假},
 * {@code 休} or {@code holiday}, or {@code 上班}, {@code 班} or {@code workday}; the separator a comma
 * (also the full-width {@code ，}, which a Chinese keyboard types) or a tab; blank lines and lines
 * starting with {@code #} are skipped. A list is all or nothing: any line that cannot be read, a
 * day listed twice, a day outside the year or a change to a day already past (history: pickup dates
 * were promised with it) leaves it unreadable, and then it changes nothing.
 *
 * <p>What is pasted is hostile until read: the input is bounded before it is split, names are
 * bounded and may not carry control or formatting characters (a bidi override would make a page
 * show another text than is stored). Plain, without the container, so that every rule is a unit
 * test.
 */
public final class CalendarYearImport implements Serializable {

  private static final long serialVersionUID = 1L;

  /** At most this many lines: a year's notice has a few dozen days. */
  public static final int MAX_LINES = 400;

  /** At most this many bytes (UTF-8), pasted or uploaded. */
  public static final int MAX_BYTES = 64 * 1024;

  /** A year's list is taken for this year up to this many years ahead, none for a past year. */
  public static final int YEARS_AHEAD = 10;

  /** Why a list, or one of its lines, cannot be taken. Each is a message in the bundles. */
  public enum Reason {
    /** The year is past or too far ahead (the whole list). */
    YEAR,
    /** More than {@link #MAX_BYTES} or {@link #MAX_LINES} (the whole list). */
    TOO_LARGE,
    /** An upload that is not UTF-8 text (the whole list). */
    NOT_UTF8,
    /** No day in it (the whole list). */
    EMPTY,
    /** Not three fields. */
    FIELDS,
    /** Not a date written YYYY-MM-DD. */
    DATE,
    /** A date of another year. */
    OTHER_YEAR,
    /** A kind that is neither a holiday nor a working day. */
    KIND,
    /** No name, or a longer one than the calendar keeps. */
    NAME,
    /** A name with control or formatting characters. */
    NAME_CHARACTERS,
    /** A 上班 day that is a Monday to Friday: 调休 working days are weekend days. */
    WORKDAY_ON_WEEKDAY,
    /** The date was listed on an earlier line. */
    DUPLICATE,
    /** The list would add, change or remove a day already past. */
    PAST_DAY
  }

  /**
   * A line that cannot be read, or the list as a whole ({@code line} 0), with the arguments of the
   * reason's message.
   */
  public record Problem(int line, Reason reason, List<String> arguments) implements Serializable {

    public Problem {
      arguments = List.copyOf(arguments);
    }

    static Problem of(int line, Reason reason, Object... arguments) {
      return new Problem(line, reason, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The message's resource-bundle key. */
    public String messageKey() {
      return "admin.calendar.import.problem." + reason.name();
    }
  }

  /** What storing the list does to one day. */
  public enum Change {
    ADDED,
    CHANGED,
    REMOVED,
    UNCHANGED
  }

  /**
   * One day of the preview: as the list has it ({@code kind} and {@code name}, null when removed)
   * and as it is stored ({@code storedKind} and {@code storedName}, null when added).
   */
  public record DayChange(
      LocalDate date,
      Change change,
      CalendarDayKind kind,
      String name,
      CalendarDayKind storedKind,
      String storedName)
      implements Serializable {}

  private record Entry(int line, LocalDate date, CalendarDayKind kind, String name) {}

  private static final Map<String, CalendarDayKind> KINDS =
      Map.of(
          "放假", CalendarDayKind.HOLIDAY,
          "休", CalendarDayKind.HOLIDAY,
          "holiday", CalendarDayKind.HOLIDAY,
          "上班", CalendarDayKind.WORKDAY,
          "班", CalendarDayKind.WORKDAY,
          "workday", CalendarDayKind.WORKDAY);

  private final int year;
  private final String text;
  private final List<Problem> problems;
  private final List<DayChange> days;

  private CalendarYearImport(int year, String text, List<Problem> problems, List<DayChange> days) {
    this.year = year;
    this.text = text;
    this.problems = problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    this.days = problems.isEmpty() ? List.copyOf(days) : List.of();
  }

  /**
   * An uploaded file: UTF-8 text (a byte-order mark is dropped), refused whole when larger than
   * {@link #MAX_BYTES} or not UTF-8 — a GBK file from a Chinese Windows editor is the likely case.
   */
  public static CalendarYearImport read(
      int year, byte[] upload, Collection<CalendarDay> stored, LocalDate today) {
    if (upload != null && upload.length > MAX_BYTES) {
      return refused(year, Problem.of(0, Reason.TOO_LARGE, MAX_LINES, MAX_BYTES / 1024));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(upload == null ? new byte[0] : upload))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return refused(year, Problem.of(0, Reason.NOT_UTF8));
    }
    return read(year, text, stored, today);
  }

  /**
   * Pasted text for {@code year}, compared with what is {@code stored} (days of other years in it
   * are ignored); days before {@code today} must stay as they are.
   */
  public static CalendarYearImport read(
      int year, String pasted, Collection<CalendarDay> stored, LocalDate today) {
    String text = pasted == null ? "" : pasted;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!importable(year, today)) {
      return refused(
          year,
          text,
          Problem.of(
              0,
              Reason.YEAR,
              String.valueOf(today.getYear()),
              String.valueOf(today.getYear() + YEARS_AHEAD)));
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
        || text.lines().count() > MAX_LINES) {
      return refused(year, text, Problem.of(0, Reason.TOO_LARGE, MAX_LINES, MAX_BYTES / 1024));
    }
    List<Problem> problems = new ArrayList<>();
    Map<LocalDate, Entry> entries = new TreeMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      readLine(year, i + 1, line, entries, problems);
    }
    if (problems.isEmpty() && entries.isEmpty()) {
      problems.add(Problem.of(0, Reason.EMPTY));
    }
    if (!problems.isEmpty()) {
      return new CalendarYearImport(year, text, problems, List.of());
    }
    List<DayChange> days = compare(year, entries, stored);
    for (DayChange day : days) {
      if (day.change() != Change.UNCHANGED && day.date().isBefore(today)) {
        Entry listed = entries.get(day.date());
        problems.add(Problem.of(listed == null ? 0 : listed.line(), Reason.PAST_DAY, day.date()));
      }
    }
    return new CalendarYearImport(year, text, problems, days);
  }

  /** Whether a list is taken for {@code year}: none for a past one, none too far ahead. */
  public static boolean importable(int year, LocalDate today) {
    return year >= today.getYear() && year <= today.getYear() + YEARS_AHEAD;
  }

  private static void readLine(
      int year, int number, String line, Map<LocalDate, Entry> entries, List<Problem> problems) {
    String[] fields = line.split("[,，\t]", -1);
    if (fields.length != 3) {
      problems.add(Problem.of(number, Reason.FIELDS));
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(fields[0].strip());
    } catch (DateTimeParseException notADate) {
      problems.add(Problem.of(number, Reason.DATE));
      return;
    }
    if (date.getYear() != year) {
      problems.add(Problem.of(number, Reason.OTHER_YEAR, date, String.valueOf(year)));
      return;
    }
    CalendarDayKind kind = KINDS.get(fields[1].strip().toLowerCase(Locale.ROOT));
    if (kind == null) {
      problems.add(Problem.of(number, Reason.KIND));
      return;
    }
    String name = fields[2].strip();
    if (name.isEmpty() || name.length() > CalendarDay.NAME_MAX) {
      problems.add(Problem.of(number, Reason.NAME, CalendarDay.NAME_MAX));
      return;
    }
    if (name.codePoints().anyMatch(CalendarYearImport::isHidden)) {
      problems.add(Problem.of(number, Reason.NAME_CHARACTERS));
      return;
    }
    if (kind == CalendarDayKind.WORKDAY && !isWeekend(date)) {
      problems.add(Problem.of(number, Reason.WORKDAY_ON_WEEKDAY, date));
      return;
    }
    Entry earlier = entries.get(date);
    if (earlier != null) {
      problems.add(Problem.of(number, Reason.DUPLICATE, date, earlier.line()));
      return;
    }
    entries.put(date, new Entry(number, date, kind, name));
  }

  /** Control characters, and format characters such as bidi overrides and zero-width spaces. */
  private static boolean isHidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Every day of the year that the list or the calendar names, in date order. */
  private static List<DayChange> compare(
      int year, Map<LocalDate, Entry> entries, Collection<CalendarDay> stored) {
    Map<LocalDate, CalendarDay> before = new HashMap<>();
    for (CalendarDay day : stored) {
      if (day.getDate().getYear() == year) {
        before.put(day.getDate(), day);
      }
    }
    TreeSet<LocalDate> dates = new TreeSet<>(entries.keySet());
    dates.addAll(before.keySet());
    List<DayChange> days = new ArrayList<>();
    for (LocalDate date : dates) {
      Entry after = entries.get(date);
      CalendarDay was = before.get(date);
      CalendarDayKind storedKind = was == null ? null : was.getKind();
      String storedName = was == null ? null : was.getName();
      if (after == null) {
        days.add(new DayChange(date, Change.REMOVED, null, null, storedKind, storedName));
        continue;
      }
      Change change =
          was == null
              ? Change.ADDED
              : was.getKind() == after.kind() && was.getName().equals(after.name())
                  ? Change.UNCHANGED
                  : Change.CHANGED;
      days.add(new DayChange(date, change, after.kind(), after.name(), storedKind, storedName));
    }
    return days;
  }

  private static CalendarYearImport refused(int year, Problem problem) {
    return refused(year, "", problem);
  }

  private static CalendarYearImport refused(int year, String text, Problem problem) {
    return new CalendarYearImport(year, text, List.of(problem), List.of());
  }

  public int year() {
    return year;
  }

  /** The text as read (an upload decoded), or empty when an upload could not be decoded. */
  public String text() {
    return text;
  }

  /** Why the list cannot be taken, in line order; empty when it can. */
  public List<Problem> problems() {
    return problems;
  }

  public boolean readable() {
    return problems.isEmpty();
  }

  /**
   * The preview: each day the list or the stored year names, in date order; empty if unreadable.
   */
  public List<DayChange> days() {
    return days;
  }

  public long count(Change change) {
    return days.stream().filter(day -> day.change() == change).count();
  }

  /** Days the list names (every day but the removed ones). */
  public long listed() {
    return days.size() - count(Change.REMOVED);
  }

  public boolean changesAnything() {
    return days.stream().anyMatch(day -> day.change() != Change.UNCHANGED);
  }
}
