package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.DayClose;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** Whether a station's day is closed: the one check every change of that day's records makes. */
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
}
