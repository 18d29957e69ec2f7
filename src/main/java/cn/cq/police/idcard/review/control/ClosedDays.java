package cn.cq.police.idcard.review.control;

import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.control.Submitting;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Whether a station's day is closed: the one check every change of that day's records makes —
 * decisions and voids here, new submissions through the {@link Submitting} event.
 */
@Dependent
public class ClosedDays {

  @PersistenceContext EntityManager em;

  public boolean isClosed(Station station, LocalDate day) {
    return em.createNamedQuery(DayClose.CLOSED, Long.class)
            .setParameter("stationId", station.getId())
            .setParameter("day", day)
            .getSingleResult()
        > 0;
  }

  /** A closed day takes no new application; nothing has been stored yet. */
  void refuseSubmissionToClosedDay(@Observes Submitting submitting) {
    if (isClosed(submitting.station(), submitting.day())) {
      throw new SubmissionRefused(SubmissionRefused.Problem.DAY_CLOSED);
    }
  }
}
