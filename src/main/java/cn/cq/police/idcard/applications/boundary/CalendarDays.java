package cn.cq.police.idcard.applications.boundary;

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
 * Holidays and weekend working days as the administrator enters them. Days already past are
 * history: promised pickup dates were counted with them, so they are neither added nor removed.
 */
@Stateless
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
public class CalendarDays {

  static final int NAME_MAX = 50;

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
    if (name.isEmpty() || name.length() > NAME_MAX) {
      throw new ChangeRefused("admin.calendar.nameMissing", NAME_MAX);
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

  private void requireNotPast(LocalDate date) {
    if (date == null) {
      throw new ChangeRefused("admin.dateInvalid");
    }
    if (date.isBefore(LocalDate.now(clock))) {
      throw new ChangeRefused("admin.calendar.pastDate", date.toString());
    }
  }
}
