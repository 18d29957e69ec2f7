package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Gives out the {@link AcceptanceNumber}s of a station's day in order. The day's counter row is
 * advanced in the submitting transaction: the update locks it until commit, and a rollback takes
 * the number back, so numbers are never reused and rollbacks leave no gaps.
 */
@Dependent
public class AcceptanceNumbers {

  @PersistenceContext EntityManager em;

  /** Whether the day's counter row exists; it is created in a transaction of its own. */
  public boolean dayIsOpen(Station station, LocalDate day) {
    return ((Number)
                em.createNativeQuery(
                        "select count(*) from acceptance_counter where station_id = ?1"
                            + " and business_date = ?2")
                    .setParameter(1, station.getId())
                    .setParameter(2, day)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  public void openDay(Station station, LocalDate day) {
    em.createNativeQuery(
            "insert into acceptance_counter (station_id, business_date, last_value)"
                + " values (?1, ?2, 0)")
        .setParameter(1, station.getId())
        .setParameter(2, day)
        .executeUpdate();
  }

  /**
   * @throws IllegalArgumentException when the station's day has used up its 9999 numbers
   */
  public AcceptanceNumber next(Station station, LocalDate day) {
    int updated =
        em.createNativeQuery(
                "update acceptance_counter set last_value = last_value + 1"
                    + " where station_id = ?1 and business_date = ?2")
            .setParameter(1, station.getId())
            .setParameter(2, day)
            .executeUpdate();
    if (updated != 1) {
      throw new IllegalStateException("The acceptance counter of the day was not opened");
    }
    int sequence =
        ((Number)
                em.createNativeQuery(
                        "select last_value from acceptance_counter where station_id = ?1"
                            + " and business_date = ?2")
                    .setParameter(1, station.getId())
                    .setParameter(2, day)
                    .getSingleResult())
            .intValue();
    return AcceptanceNumber.of(station.getCode(), day, sequence);
  }
}
