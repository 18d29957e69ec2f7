package cn.cq.police.idcard.review.control;

import static cn.cq.police.idcard.review.control.DecisionRefused.Problem;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.audit.control.Anchors;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.stations.control.ScopedStations;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.stations.entity.StationScope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The daily close (日结) of a station: closing needs every undecided application carried over
 * explicitly, stores the day's {@link DaySummary} as signed, and afterwards the day is frozen until
 * an administrator reopens it.
 */
@Dependent
public class DailyClose {

  @PersistenceContext EntityManager em;

  @Inject ScopedStations scoped;

  @Inject ClosedDays closedDays;

  @Inject DaySummaries summaries;

  @Inject Decisions decisions;

  @Inject AuditTrail audit;

  @Inject Anchors anchors;

  @Inject Clock clock;

  /**
   * Closes the day. Every undecided application must be among {@code carriedOver}; each is then
   * recorded as carried over to a later day.
   */
  public DayClose close(StaffAccount supervisor, LocalDate day, Set<Long> carriedOver) {
    Station station = supervisor.getStation();
    if (closedDays.isClosed(station, day)) {
      throw new DecisionRefused(Problem.ALREADY_CLOSED);
    }
    List<Application> open = summaries.undecided(station, day);
    if (!open.stream().map(Application::getId).allMatch(carriedOver::contains)) {
      throw new DecisionRefused(Problem.UNDECIDED_LEFT);
    }
    open.forEach(application -> decisions.carryOver(supervisor, application));
    String text = summaries.of(station, day).asText();
    String stored = text.length() > 4000 ? text.substring(0, 3997) + "..." : text;
    LocalDateTime now = LocalDateTime.now(clock);
    DayClose existing = em.find(DayClose.class, new DayClose.Key(station.getId(), day));
    DayClose close;
    if (existing != null) {
      existing.closeAgain(supervisor.getId(), now, stored);
      close = existing;
    } else {
      close = new DayClose(station.getId(), day, supervisor.getId(), now, stored);
      em.persist(close);
    }
    audit.record(
        supervisor.actor(),
        AuditEvent.of("day.closed", "station", station.getCode() + "/" + day).withAfter(stored));
    // The chain's head, this close included, signed and written outside the database; the 日结单
    // prints it.
    anchors.anchorHead(Anchors.DAY_CLOSE, Anchors.dayCloseScope(station.getCode(), day), null);
    return close;
  }

  public DayClose reopen(
      StaffAccount administrator, Station station, LocalDate day, String reason) {
    DayClose close = em.find(DayClose.class, new DayClose.Key(station.getId(), day));
    if (close == null || !close.isClosed()) {
      throw new DecisionRefused(Problem.NOT_CLOSED);
    }
    if (reason == null || reason.isBlank() || reason.trim().length() > 500) {
      throw new DecisionRefused(Problem.NOTE_MISSING);
    }
    close.reopen(administrator.getId(), LocalDateTime.now(clock), reason.trim());
    audit.record(
        administrator.actor(),
        AuditEvent.of("day.reopened", "station", station.getCode() + "/" + day)
            .withBefore("closed")
            .withAfter("reopened; reason=" + reason.trim()));
    return close;
  }

  public List<DayClose> closesOf(Station station) {
    return em.createNamedQuery(DayClose.OF_STATION, DayClose.class)
        .setParameter("stationId", station.getId())
        .setMaxResults(60)
        .getResultList();
  }

  /** The recent closes of every station in scope, newest first. */
  public List<DayClose> recentCloses(StationScope scope) {
    return scoped
        .query(
            scope,
            "select c from DayClose c where c.stationId in (select s.id from Station s where"
                + " {scope}) order by c.businessDate desc, c.stationId",
            "s",
            DayClose.class)
        .setMaxResults(200)
        .getResultList();
  }
}
