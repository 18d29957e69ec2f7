package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.CalendarYearImport;
import cn.cq.police.idcard.applications.control.CalendarYearImport.Change;
import cn.cq.police.idcard.applications.control.CalendarYearImport.Problem;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.web.FacesText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * A year of the holiday calendar at once, on the calendar page: the list pasted or uploaded, its
 * preview, then the confirmed replacement. An uploaded file lands in the text area, so what is
 * previewed and confirmed is always the text the administrator sees and may correct.
 */
@Named
@ViewScoped
public class CalendarImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Messages shown for unreadable lines; a longer list ends with how many more there are. */
  static final int PROBLEMS_SHOWN = 20;

  @Inject CalendarDays calendarDays;

  @Inject CalendarBacking calendar;

  @Inject Clock clock;

  private String year;
  private String text;
  private CalendarYearImport preview;

  /** Next year: the State Council publishes a year's notice late in the year before. */
  @PostConstruct
  void init() {
    year = String.valueOf(LocalDate.now(clock).getYear() + 1);
  }

  public void preview() {
    Integer chosen = chosenYear();
    preview = null;
    if (chosen != null) {
      show(calendarDays.previewYear(chosen, text));
    }
  }

  /** The file's text replaces the text area's when it could be decoded, and is previewed. */
  /**
   * Puts the file's text into the text area, to be previewed from there with the year on screen:
   * the upload request carries the file only, not the other fields. A file that cannot be read (not
   * UTF-8, too large) is refused at once.
   */
  public void upload(FileUploadEvent event) {
    preview = null;
    int anyYear = LocalDate.now(clock).getYear();
    CalendarYearImport read = calendarDays.previewYear(anyYear, event.getFile().getContent());
    if (read.text().isEmpty()) {
      show(read);
    } else {
      text = read.text();
      FacesText.info("admin.calendar.import.fileRead");
    }
  }

  public void confirm() {
    Integer chosen = chosenYear();
    if (chosen == null || preview == null) {
      FacesText.error("admin.calendar.import.previewFirst");
      return;
    }
    try {
      CalendarYearImport done = calendarDays.replaceYear(chosen, text, preview.days());
      FacesText.info(
          "admin.calendar.import.replaced",
          String.valueOf(done.year()),
          done.count(Change.ADDED),
          done.count(Change.CHANGED),
          done.count(Change.REMOVED));
      preview = null;
      text = null;
      calendar.load();
    } catch (ChangeRefused refused) {
      // The preview shown is no longer what a confirmation would store.
      preview = null;
      FacesText.error(refused.messageKey(), refused.arguments());
    }
  }

  public void cancel() {
    preview = null;
  }

  private void show(CalendarYearImport read) {
    if (!read.readable()) {
      List<Problem> problems = read.problems();
      problems.stream().limit(PROBLEMS_SHOWN).forEach(CalendarImportBacking::report);
      if (problems.size() > PROBLEMS_SHOWN) {
        FacesText.error("admin.calendar.import.moreProblems", problems.size() - PROBLEMS_SHOWN);
      }
      FacesText.error("admin.calendar.import.nothingSaved");
      return;
    }
    preview = read;
    if (!read.changesAnything()) {
      FacesText.info("admin.calendar.import.unchanged", String.valueOf(read.year()));
    }
  }

  /** A line's problem with its number; one of the whole list (line 0) as it is. */
  private static void report(Problem problem) {
    Object[] arguments = problem.arguments().toArray();
    if (problem.line() > 0) {
      FacesText.error(
          "admin.calendar.import.line",
          problem.line(),
          FacesText.text(problem.messageKey(), arguments));
    } else {
      FacesText.error(problem.messageKey(), arguments);
    }
  }

  /** The year typed, or null (and a message) when it is not four digits. */
  private Integer chosenYear() {
    String typed = year == null ? "" : year.strip();
    if (!typed.matches("\\d{4}")) {
      FacesText.error("admin.calendar.import.yearNotANumber");
      return null;
    }
    return Integer.valueOf(typed);
  }

  public CalendarYearImport getPreview() {
    return preview;
  }

  /** How many days the preview adds, changes, removes and keeps. */
  public String getSummary() {
    return preview == null
        ? ""
        : FacesText.text(
            "admin.calendar.import.summary",
            String.valueOf(preview.year()),
            preview.count(Change.ADDED),
            preview.count(Change.CHANGED),
            preview.count(Change.REMOVED),
            preview.count(Change.UNCHANGED));
  }

  public int getMaxLength() {
    return CalendarYearImport.MAX_BYTES;
  }

  public int getMaxLines() {
    return CalendarYearImport.MAX_LINES;
  }

  public int getMaxKilobytes() {
    return CalendarYearImport.MAX_BYTES / 1024;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
