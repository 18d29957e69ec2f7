package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.AcceptanceDays;
import cn.cq.police.idcard.applications.control.AcceptanceNumbers;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;

/**
 * Makes sure a station's acceptance counter is open for the day before an entry point draws a
 * number from it (an application's submit, a temporary card's issue). Opening commits on its own
 * ({@code AcceptanceDays}); of two clerks opening at once, the loser's failure is caught here and
 * its request goes on with the row the other made. Part of the boundary, as the opening may only be
 * called from there, and it carries no access rule: the entry points that use it do.
 */
@Dependent
public class AcceptanceDayOpening {

  @Inject AcceptanceNumbers acceptanceNumbers;

  @Inject AcceptanceDays acceptanceDays;

  public void openIfClosed(Station station, LocalDate day) {
    if (!acceptanceNumbers.dayIsOpen(station, day)) {
      try {
        acceptanceDays.open(station.getId(), day);
      } catch (PersistenceException openedByAnotherClerkMeanwhile) {
        // The row exists now either way; only the inner transaction rolled back.
      }
    }
  }
}
