package cn.cq.police.idcard.insight.control;

import cn.cq.police.idcard.insight.control.Dashboard.ClerkFigures;
import cn.cq.police.idcard.insight.control.Dashboard.DayCount;
import cn.cq.police.idcard.insight.control.Dashboard.Figures;
import cn.cq.police.idcard.insight.control.Dashboard.ReasonCount;
import cn.cq.police.idcard.insight.control.Dashboard.Spread;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a station's dashboard with aggregate SQL only: counts, group-bys and percentiles run in
 * the database, which returns a few dozen rows whatever the number of applications. Plain JDBC on a
 * connection the caller owns, so the application and the command-line benchmark run the very same
 * statements.
 */
public final class DashboardQuery {

  private final SqlDialect dialect;

  public DashboardQuery(SqlDialect dialect) {
    this.dialect = dialect;
  }

  public Dashboard compute(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    LocalDate today = now.toLocalDate();
    Span day = Span.day(today);
    Span month = Span.monthOf(today);
    List<DayCount> perDay = submittedPerDay(connection, stationId, month);
    long submittedToday =
        perDay.stream().filter(d -> d.day().equals(today)).mapToLong(DayCount::count).sum();
    long submittedMonth = perDay.stream().mapToLong(DayCount::count).sum();
    long[] collected = countsInPeriods(connection, COLLECTED, stationId, day, month);
    long[] lookups = countsInPeriods(connection, LOOKUPS, stationId, day, month);
    long[] refusals = countsInPeriods(connection, REFUSALS, stationId, day, month);
    long[] returns = countsInPeriods(connection, RETURNS, stationId, day, month);
    Figures todays =
        new Figures(
            submittedToday,
            collected[0],
            lookups[0],
            refusals[0],
            returns[0],
            lookupToSubmit(connection, stationId, day),
            submitToCollection(connection, stationId, day));
    Figures months =
        new Figures(
            submittedMonth,
            collected[1],
            lookups[1],
            refusals[1],
            returns[1],
            lookupToSubmit(connection, stationId, month),
            submitToCollection(connection, stationId, month));
    return new Dashboard(
        now,
        day,
        month,
        todays,
        months,
        perDay,
        reasons(connection, REFUSAL_REASONS, stationId, month),
        reasons(connection, RETURN_REASONS, stationId, month),
        clerks(connection, stationId, month));
  }

  private static final String SUBMITTED_PER_DAY =
      "select cast(submitted_at as date), count(*) from application"
          + " where station_id = ? and submitted_at >= ? and submitted_at < ?"
          + " group by cast(submitted_at as date) order by 1";

  // Each counts the month's rows and, among them, today's: ?1 station, ?2 today, ?3..?4 month.
  private static final String COLLECTED =
      "select sum(case when collected_at >= ? then 1 else 0 end), count(*) from application"
          + " where station_id = ? and collected_at >= ? and collected_at < ?";
  private static final String LOOKUPS =
      "select sum(case when looked_up_at >= ? then 1 else 0 end), count(*) from receipt_lookup"
          + " where station_id = ? and looked_up_at >= ? and looked_up_at < ?";
  private static final String REFUSALS =
      "select sum(case when refused_at >= ? then 1 else 0 end), count(*) from proxy_refusal"
          + " where station_id = ? and refused_at >= ? and refused_at < ?";
  private static final String RETURNS =
      "select sum(case when d.decided_at >= ? then 1 else 0 end), count(*)"
          + " from application_decision d join application a on a.id = d.application_id"
          + " where a.station_id = ? and d.decision = 'RETURNED'"
          + " and d.decided_at >= ? and d.decided_at < ?";

  private static final String REFUSAL_REASONS =
      "select reason, count(*) from proxy_refusal"
          + " where station_id = ? and refused_at >= ? and refused_at < ?"
          + " group by reason order by 2 desc, 1";
  private static final String RETURN_REASONS =
      "select coalesce(d.reason_code, '-'), count(*)"
          + " from application_decision d join application a on a.id = d.application_id"
          + " where a.station_id = ? and d.decision = 'RETURNED'"
          + " and d.decided_at >= ? and d.decided_at < ?"
          + " group by coalesce(d.reason_code, '-') order by 2 desc, 1";

  private List<DayCount> submittedPerDay(Connection connection, long stationId, Span month)
      throws SQLException {
    return Jdbc.rows(
        connection,
        SUBMITTED_PER_DAY,
        0,
        row -> new DayCount(Jdbc.day(row, 1), row.getLong(2)),
        stationId,
        month.from(),
        month.to());
  }

  /** {today's count, the month's count}. */
  private static long[] countsInPeriods(
      Connection connection, String sql, long stationId, Span day, Span month) throws SQLException {
    return Jdbc.single(
        connection,
        sql,
        row -> new long[] {row.getLong(1), row.getLong(2)},
        day.from(),
        stationId,
        month.from(),
        month.to());
  }

  private static List<ReasonCount> reasons(
      Connection connection, String sql, long stationId, Span period) throws SQLException {
    return Jdbc.rows(
        connection,
        sql,
        0,
        row -> new ReasonCount(row.getString(1), row.getLong(2)),
        stationId,
        period.from(),
        period.to());
  }

  /**
   * For each application submitted in the period, the seconds from the first look-up at the same
   * station that found its receipt (before the submit) to the submit; median and 90th percentile.
   */
  Spread lookupToSubmit(Connection connection, long stationId, Span period) throws SQLException {
    // A correlated index seek per application of the period (receipt_lookup_found_idx), so the
    // cost follows the period's applications, not the station's whole look-up history.
    String seconds = dialect.secondsBetween("f.first_lookup", "f.submitted_at");
    String sql =
        "select count(*), percentile_cont(0.5) within group (order by t.waited),"
            + " percentile_cont(0.9) within group (order by t.waited) from ("
            + " select "
            + seconds
            + " as waited from ("
            + " select a.submitted_at, (select min(l.looked_up_at) from receipt_lookup l"
            + " where l.receipt_id = a.receipt_id and l.station_id = a.station_id"
            + " and l.looked_up_at <= a.submitted_at) as first_lookup"
            + " from application a"
            + " where a.station_id = ? and a.submitted_at >= ? and a.submitted_at < ?) f"
            + " where f.first_lookup is not null) t";
    return spread(connection, sql, stationId, period);
  }

  /** For each card collected in the period, the seconds from submit to hand-over. */
  Spread submitToCollection(Connection connection, long stationId, Span period)
      throws SQLException {
    String seconds = dialect.secondsBetween("submitted_at", "collected_at");
    String sql =
        "select count(*), percentile_cont(0.5) within group (order by "
            + seconds
            + "), percentile_cont(0.9) within group (order by "
            + seconds
            + ") from application"
            + " where station_id = ? and collected_at >= ? and collected_at < ?";
    return spread(connection, sql, stationId, period);
  }

  private static Spread spread(Connection connection, String sql, long stationId, Span period)
      throws SQLException {
    return Jdbc.single(
        connection,
        sql,
        row -> new Spread(row.getLong(1), Jdbc.decimal(row, 2), Jdbc.decimal(row, 3)),
        stationId,
        period.from(),
        period.to());
  }

  private static final String STAFF =
      "select s.id, s.display_name, s.username,"
          + " (select count(*) from staff_role r where r.staff_id = s.id and r.role = 'CLERK')"
          + " from staff_account s where s.station_id = ? order by s.username";
  private static final String SUBMITTED_BY =
      "select submitted_by, count(*) from application"
          + " where station_id = ? and submitted_at >= ? and submitted_at < ? group by submitted_by";
  private static final String RETURNED_BY =
      "select a.submitted_by, count(*)"
          + " from application_decision d join application a on a.id = d.application_id"
          + " where a.station_id = ? and d.decision = 'RETURNED'"
          + " and d.decided_at >= ? and d.decided_at < ? group by a.submitted_by";
  private static final String VOIDED_BY =
      "select created_by, count(*) from payment where station_id = ?"
          + " and voided_at >= ? and voided_at < ? and voided = true group by created_by";
  private static final String EXEMPTED_BY =
      "select created_by, count(*) from payment where station_id = ?"
          + " and exemption_reason is not null and created_at >= ? and created_at < ?"
          + " group by created_by";
  private static final String LOOKED_UP_BY =
      "select staff_id, count(*) from receipt_lookup"
          + " where station_id = ? and looked_up_at >= ? and looked_up_at < ? group by staff_id";

  private record Staff(long id, String name, String username, boolean clerk) {}

  private static List<ClerkFigures> clerks(Connection connection, long stationId, Span period)
      throws SQLException {
    List<Staff> staff =
        Jdbc.rows(
            connection,
            STAFF,
            0,
            row ->
                new Staff(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4) > 0),
            stationId);
    Map<Long, Long> submitted = perStaff(connection, SUBMITTED_BY, stationId, period);
    Map<Long, Long> returned = perStaff(connection, RETURNED_BY, stationId, period);
    Map<Long, Long> voided = perStaff(connection, VOIDED_BY, stationId, period);
    Map<Long, Long> exempted = perStaff(connection, EXEMPTED_BY, stationId, period);
    Map<Long, Long> lookups = perStaff(connection, LOOKED_UP_BY, stationId, period);
    List<ClerkFigures> figures = new ArrayList<>();
    for (Staff member : staff) {
      ClerkFigures row =
          new ClerkFigures(
              member.id(),
              member.name(),
              member.username(),
              submitted.getOrDefault(member.id(), 0L),
              returned.getOrDefault(member.id(), 0L),
              voided.getOrDefault(member.id(), 0L),
              exempted.getOrDefault(member.id(), 0L),
              lookups.getOrDefault(member.id(), 0L));
      boolean active =
          row.submitted() + row.returned() + row.voided() + row.exempted() + row.lookups() > 0;
      if (member.clerk() || active) {
        figures.add(row);
      }
    }
    return figures;
  }

  private static Map<Long, Long> perStaff(
      Connection connection, String sql, long stationId, Span period) throws SQLException {
    Map<Long, Long> counts = new LinkedHashMap<>();
    for (long[] row :
        Jdbc.rows(
            connection,
            sql,
            0,
            r -> new long[] {r.getLong(1), r.getLong(2)},
            stationId,
            period.from(),
            period.to())) {
      counts.put(row[0], row[1]);
    }
    return counts;
  }
}
