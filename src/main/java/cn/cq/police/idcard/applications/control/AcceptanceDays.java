package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Opens a station's acceptance counter for a day in a transaction of its own, so that two clerks'
 * first submits of the day cannot make each other's submit fail: the one that loses the race fails
 * here, alone, and its submit goes on with the row the other made.
 *
 * <p>Control, although it opens a transaction: an inner unit of work of the entry points that draw
 * acceptance numbers ({@code Applications}, {@code TemporaryCards}, through the boundary's {@code
 * AcceptanceDayOpening}), which decide who may submit. It is not called from anywhere else, so it
 * has no access rule of its own (see {@code LayeringTest}).
 */
@Dependent
public class AcceptanceDays {

  @PersistenceContext EntityManager em;

  @Inject AcceptanceNumbers acceptanceNumbers;

  /** Fails with a {@code PersistenceException} when the day is open already. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void open(Long stationId, LocalDate day) {
    acceptanceNumbers.openDay(em.find(Station.class, stationId), day);
  }
}
