package cn.cq.police.idcard.review.control;

import static cn.cq.police.idcard.review.control.DecisionRefused.Problem;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.entity.ExemptionStatus;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The daily close (日结) of a station: the figures come from database aggregation; closing needs
 * every undecided application carried over explicitly, and afterwards the day is frozen.
 */
@Dependent
public class DailyClose {

  static final String DAY_RANGE =
      " a.station = :station and a.submittedAt >= :from and a.submittedAt < :to";
  static final String PAYMENT_RANGE =
      " p.stationId = :stationId and p.createdAt >= :from and p.createdAt < :to";

  @PersistenceContext EntityManager em;

  @Inject ClosedDays closedDays;

  @Inject Decisions decisions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  public DailyCloseSummary summary(Station station, LocalDate day) {
    List<DailyCloseSummary.Fee> fees =
        em
            .createQuery(
                "select p.method, count(p), sum(p.amountFen) from Payment p where"
                    + PAYMENT_RANGE
                    + " and p.voided = false and p.amountFen > 0 group by p.method order by p.method",
                Object[].class)
            .setParameter("stationId", station.getId())
            .setParameter("from", day.atStartOfDay())
            .setParameter("to", day.plusDays(1).atStartOfDay())
            .getResultList()
            .stream()
            .map(
                row ->
                    new DailyCloseSummary.Fee(String.valueOf(row[0]), (Long) row[1], (Long) row[2]))
            .toList();
    List<Object[]> receipts =
        em.createQuery(
                "select p.feeReceiptNumber, p.voided from Payment p where"
                    + PAYMENT_RANGE
                    + " and p.feeReceiptNumber is not null order by p.feeReceiptNumber",
                Object[].class)
            .setParameter("stationId", station.getId())
            .setParameter("from", day.atStartOfDay())
            .setParameter("to", day.plusDays(1).atStartOfDay())
            .getResultList();
    return new DailyCloseSummary(
        day,
        counts("a.type", station, day),
        counts("a.status", station, day),
        fees,
        fees.stream().mapToLong(DailyCloseSummary.Fee::amountFen).sum(),
        FeeReceiptReconciliation.of(receipts.stream().map(row -> (String) row[0]).toList()),
        receipts.stream().filter(row -> (Boolean) row[1]).map(row -> (String) row[0]).toList(),
        undecided(station, day).stream()
            .map(
                a ->
                    new DailyCloseSummary.Undecided(
                        a.getId(), a.getAcceptanceNumber(), a.getStatus().name()))
            .toList());
  }

  /**
   * Closes the day. Every undecided application must be among {@code carriedOver}; each is then
   * recorded as carried over to a later day.
   */
  public DayClose close(StaffAccount supervisor, LocalDate day, Set<Long> carriedOver) {
    Station station = supervisor.getStation();
    if (closedDays.isClosed(station, day)) {
      throw new DecisionRefused(Problem.ALREADY_CLOSED);
    }
    List<Application> open = undecided(station, day);
    if (!open.stream().map(Application::getId).allMatch(carriedOver::contains)) {
      throw new DecisionRefused(Problem.UNDECIDED_LEFT);
    }
    open.forEach(application -> decisions.carryOver(supervisor, application));
    String text = summary(station, day).asText();
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

  /** Applications of the day still waiting for approval or with an exemption pending. */
  List<Application> undecided(Station station, LocalDate day) {
    return em.createQuery(
            "select a from Application a where"
                + DAY_RANGE
                + " and (a.status = :awaiting or exists (select p from Payment p where"
                + " p.applicationId = a.id and p.exemptionStatus = :pending))"
                + " order by a.acceptanceNumber",
            Application.class)
        .setParameter("station", station)
        .setParameter("from", day.atStartOfDay())
        .setParameter("to", day.plusDays(1).atStartOfDay())
        .setParameter("awaiting", ApplicationStatus.AWAITING_APPROVAL)
        .setParameter("pending", ExemptionStatus.PENDING)
        .getResultList();
  }

  private List<DailyCloseSummary.Count> counts(String field, Station station, LocalDate day) {
    return em
        .createQuery(
            "select "
                + field
                + ", count(a) from Application a where"
                + DAY_RANGE
                + " group by "
                + field,
            Object[].class)
        .setParameter("station", station)
        .setParameter("from", day.atStartOfDay())
        .setParameter("to", day.plusDays(1).atStartOfDay())
        .getResultList()
        .stream()
        .map(row -> new DailyCloseSummary.Count(Objects.toString(row[0]), (Long) row[1]))
        .toList();
  }
}
