package cn.cq.police.idcard.applications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Working days as the calendar_day table defines them: public holidays and 调休 working days. */
@Dependent
public class StationCalendar {

  @PersistenceContext EntityManager em;

  public WorkingDays workingDays() {
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> extraWorkingDays = new HashSet<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select calendar_date, kind from calendar_day").getResultList();
    for (Object[] row : rows) {
      LocalDate day = toLocalDate(row[0]);
      ("HOLIDAY".equals(row[1]) ? holidays : extraWorkingDays).add(day);
    }
    return new WorkingDays(holidays, extraWorkingDays);
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
  }
}
