package cn.cq.police.idcard.review.control;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.fees.entity.ExemptionStatus;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a station's day for its {@link DaySummary}: applications by the day they were submitted,
 * payments by the day they were recorded. The close screen, the close itself and the daily PDFs all
 * take their figures from here.
 */
@Dependent
public class DaySummaries {

  static final String DAY_RANGE =
      " a.station = :station and a.submittedAt >= :from and a.submittedAt < :to";

  @PersistenceContext EntityManager em;

  public DaySummary of(Station station, LocalDate day) {
    List<Payment> payments =
        em.createQuery(
                "select p from Payment p where p.stationId = :stationId"
                    + " and p.createdAt >= :from and p.createdAt < :to",
                Payment.class)
            .setParameter("stationId", station.getId())
            .setParameter("from", day.atStartOfDay())
            .setParameter("to", day.plusDays(1).atStartOfDay())
            .getResultList();
    return DaySummary.of(
        day,
        counts("a.type", station, day, new EnumMap<>(ApplicationType.class)),
        counts("a.status", station, day, new EnumMap<>(ApplicationStatus.class)),
        payments,
        undecided(station, day).stream()
            .map(
                a ->
                    new DaySummary.Undecided(
                        a.getId(), a.getAcceptanceNumber(), a.getStatus().name()))
            .toList(),
        em.createNamedQuery(PostalDelivery.POSTED_BETWEEN, Long.class)
            .setParameter("stationId", station.getId())
            .setParameter("from", day.atStartOfDay())
            .setParameter("to", day.plusDays(1).atStartOfDay())
            .getSingleResult());
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

  @SuppressWarnings("unchecked")
  private <E extends Enum<E>> Map<E, Long> counts(
      String field, Station station, LocalDate day, Map<E, Long> into) {
    em.createQuery(
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
        .forEach(row -> into.put((E) row[0], (Long) row[1]));
    return into;
  }
}
