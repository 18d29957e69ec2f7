package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.entity.CalendarDay;
import cn.cq.police.idcard.applications.entity.CalendarDayKind;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The administrator's holiday calendar page. */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalendarDays calendarDays;

  private List<CalendarDay> days;
  private String date;
  private CalendarDayKind kind = CalendarDayKind.HOLIDAY;
  private String name;

  public void load() {
    days = calendarDays.all();
  }

  public void add() {
    try {
      CalendarDay added = calendarDays.add(parse(date), kind, name);
      FacesText.info("admin.calendar.added", added.getDate().toString(), added.getName());
      date = null;
      name = null;
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    load();
  }

  public void remove(CalendarDay day) {
    try {
      calendarDays.remove(day.getDate());
      FacesText.info("admin.calendar.removed", day.getDate().toString(), day.getName());
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    load();
  }

  private static LocalDate parse(String text) {
    try {
      return text == null ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  public CalendarDayKind[] getKinds() {
    return CalendarDayKind.values();
  }

  public List<CalendarDay> getDays() {
    return days;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public CalendarDayKind getKind() {
    return kind;
  }

  public void setKind(CalendarDayKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
