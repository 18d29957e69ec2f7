package cn.cq.police.idcard.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A day that is not what its weekday says: a public holiday or a weekend working day, as the State
 * Council's notice for the year lists them. Promised pickup dates count working days around these.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = CalendarDay.ALL, query = "select d from CalendarDay d order by d.date")
@NamedQuery(
    name = CalendarDay.BETWEEN,
    query = "select d from CalendarDay d where d.date between :first and :last order by d.date")
public class CalendarDay implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "CalendarDay.all";
  public static final String BETWEEN = "CalendarDay.between";

  /** The longest name kept, as the column allows. */
  public static final int NAME_MAX = 50;

  @Id
  @Column(name = "calendar_date")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CalendarDayKind kind;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  protected CalendarDay() {}

  public CalendarDay(LocalDate date, CalendarDayKind kind, String name) {
    this.date = date;
    this.kind = kind;
    this.name = name;
  }

  /** The day as a newer notice has it: the State Council sometimes corrects a name or a kind. */
  public void restate(CalendarDayKind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  public LocalDate getDate() {
    return date;
  }

  public CalendarDayKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }
}
