package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.CalendarYearImport;
import cn.cq.police.idcard.applications.control.CalendarYearImport.Change;
import cn.cq.police.idcard.applications.control.CalendarYearImport.DayChange;
import cn.cq.police.idcard.applications.entity.CalendarDay;
import cn.cq.police.idcard.applications.entity.CalendarDayKind;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Holidays and weekend working days as the administrator enters them: a day at a time, or a year at
 * once from the State Council's notice ({@link CalendarYearImport} reads and compares it). Days
 * already past are history: promised pickup dates were counted with them, so they are neither added
 * nor removed.
 */
@Stateless
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
public class CalendarDays {

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject AuditTrail trail;

  @Inject Clock clock;

  public List<CalendarDay> all() {
    return em.createNamedQuery(CalendarDay.ALL, CalendarDay.class).getResultList();
  }

  public CalendarDay add(LocalDate date, CalendarDayKind kind, String nameInput) {
    requireNotPast(date);
    if (kind == null) {
      throw new ChangeRefused("admin.calendar.kindMissing");
    }
    String name = nameInput == null ? "" : nameInput.strip();
    if (name.isEmpty() || name.length() > CalendarDay.NAME_MAX) {
      throw new ChangeRefused("admin.calendar.nameMissing", CalendarDay.NAME_MAX);
    }
    if (em.find(CalendarDay.class, date) != null) {
      throw new ChangeRefused("admin.calendar.exists", date.toString());
    }
    CalendarDay day = new CalendarDay(date, kind, name);
    em.persist(day);
    trail.record(
        directory.current().actor(),
        AuditEvent.of("calendar.dayAdded", "calendarDay", date)
            .withAfter("kind=" + kind + "; name=" + name));
    return day;
  }

  public void remove(LocalDate date) {
    requireNotPast(date);
    CalendarDay day = em.find(CalendarDay.class, date);
    if (day == null) {
      throw new ChangeRefused("admin.calendar.unknown", date.toString());
    }
    em.remove(day);
    trail.record(
        directory.current().actor(),
        AuditEvent.of("calendar.dayRemoved", "calendarDay", date)
            .withBefore("kind=" + day.getKind() + "; name=" + day.getName()));
  }

  /** What the pasted list would change in its year; nothing is stored. */
  public CalendarYearImport previewYear(int year, String text) {
    return CalendarYearImport.read(year, text, storedIn(year), LocalDate.now(clock));
  }

  /** What the uploaded file would change in its year; nothing is stored. */
  public CalendarYearImport previewYear(int year, byte[] upload) {
    return CalendarYearImport.read(year, upload, storedIn(year), LocalDate.now(clock));
  }

  /**
   * Replaces the year's days with the list, all in this one transaction, and audits it as one
   * change with its counts. The list is read again against the calendar as it is now: if that is
   * not the preview the administrator confirmed (the text was edited, or someone else changed the
   * year meanwhile), nothing is stored and the administrator previews again.
   */
  public CalendarYearImport replaceYear(int year, String text, List<DayChange> previewed) {
    CalendarYearImport list = previewYear(year, text);
    if (!list.readable()) {
      throw new ChangeRefused("admin.calendar.import.unreadable");
    }
    if (!list.days().equals(previewed)) {
      throw new ChangeRefused("admin.calendar.import.stale");
    }
    if (!list.changesAnything()) {
      throw new ChangeRefused("admin.calendar.import.unchanged", String.valueOf(year));
    }
    for (DayChange day : list.days()) {
      switch (day.change()) {
        case ADDED -> em.persist(new CalendarDay(day.date(), day.kind(), day.name()));
        case CHANGED -> em.find(CalendarDay.class, day.date()).restate(day.kind(), day.name());
        case REMOVED -> em.remove(em.find(CalendarDay.class, day.date()));
        case UNCHANGED -> {
          // stays as it is
        }
      }
    }
    long storedBefore = list.days().size() - list.count(Change.ADDED);
    trail.record(
        directory.current().actor(),
        AuditEvent.of("calendar.yearReplaced", "calendarYear", year)
            .withBefore("days=" + storedBefore)
            .withAfter(
                "days="
                    + list.listed()
                    + "; added="
                    + list.count(Change.ADDED)
                    + "; changed="
                    + list.count(Change.CHANGED)
                    + "; removed="
                    + list.count(Change.REMOVED)));
    return list;
  }

  private List<CalendarDay> storedIn(int year) {
    if (!CalendarYearImport.importable(year, LocalDate.now(clock))) {
      return List.of(); // the list is refused for its year; nothing to compare with
    }
    return em.createNamedQuery(CalendarDay.BETWEEN, CalendarDay.class)
        .setParameter("first", LocalDate.of(year, 1, 1))
        .setParameter("last", LocalDate.of(year, 12, 31))
        .getResultList();
  }

  private void requireNotPast(LocalDate date) {
    if (date == null) {
      throw new ChangeRefused("admin.dateInvalid");
    }
    if (date.isBefore(LocalDate.now(clock))) {
      throw new ChangeRefused("admin.calendar.pastDate", date.toString());
    }
  }
}
