package cn.cq.police.idcard.insight.control;

import cn.cq.police.idcard.insight.control.Dashboard.ClerkFigures;
import cn.cq.police.idcard.insight.control.Dashboard.DayCount;
import cn.cq.police.idcard.insight.control.Dashboard.Figures;
import cn.cq.police.idcard.insight.control.Dashboard.ReasonCount;
import cn.cq.police.idcard.insight.control.Dashboard.Spread;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes a station's dashboard with aggregate SQL only. The month's complete days are aggregated
 * once into per-day figures ({@link #summarizeCompleteDays}); a page open then adds those stored
 * figures to a live aggregation of the days since (normally today only), so its cost follows
 * today's activity, not the month's. Plain JDBC on a connection the caller owns, so the application
 * and the command-line benchmark run the very same statements.
 */
public final class DashboardQuery {

  /**
   * A day counts as complete only this long after midnight, so that a write stamped just before
   * midnight by a member with a slightly late clock still lands in a live day.
   */
  static final Duration GRACE = Duration.ofHours(1);

  private static final String SUBMITTED = "SUBMITTED";
  private static final String COLLECTED = "COLLECTED";
  private static final String LOOKUP = "LOOKUP";
  private static final String REFUSAL = "REFUSAL";
  private static final String RETURN = "RETURN";
  private static final String VOIDED = "VOIDED";
  private static final String EXEMPTED = "EXEMPTED";
  private static final String LOOKUP_TO_SUBMIT = "LOOKUP_TO_SUBMIT";
  private static final double MEDIAN = 0.5;
  private static final double P90 = 0.9;
  private static final double[] PERCENTILES = {MEDIAN, P90};
  private static final String SUBMIT_TO_COLLECTION = "SUBMIT_TO_COLLECTION";

  /**
   * Every count the dashboard shows, as rows (measure, item, day, quantity) of one station in one
   * span: three parameters (station, from, to) per part. A return's item is "reason|staff id", so
   * one scan serves both the reasons and the per-clerk figures.
   */
  private static final String COUNTS =
      String.join(
          " union all ",
          "select 'SUBMITTED' as measure, coalesce(cast(submitted_by as varchar(40)), '-') as item,"
              + " cast(submitted_at as date) as on_day, count(*) as quantity from application"
              + " where station_id = ? and submitted_at >= ? and submitted_at < ?"
              + " group by submitted_by, cast(submitted_at as date)",
          "select 'COLLECTED', '-', cast(collected_at as date), count(*) from application"
              + " where station_id = ? and collected_at >= ? and collected_at < ?"
              + " group by cast(collected_at as date)",
          "select 'LOOKUP', cast(staff_id as varchar(40)), cast(looked_up_at as date), count(*)"
              + " from receipt_lookup where station_id = ? and looked_up_at >= ? and looked_up_at < ?"
              + " group by staff_id, cast(looked_up_at as date)",
          "select 'REFUSAL', reason, cast(refused_at as date), count(*) from proxy_refusal"
              + " where station_id = ? and refused_at >= ? and refused_at < ?"
              + " group by reason, cast(refused_at as date)",
          "select 'RETURN', coalesce(d.reason_code, '-') || '|' || coalesce(cast(a.submitted_by as"
              + " varchar(40)), '-'), cast(d.decided_at as date), count(*)"
              + " from application_decision d join application a on a.id = d.application_id"
              + " where a.station_id = ? and d.decision = 'RETURNED'"
              + " and d.decided_at >= ? and d.decided_at < ?"
              + " group by d.reason_code, a.submitted_by, cast(d.decided_at as date)",
          "select 'VOIDED', cast(created_by as varchar(40)), cast(voided_at as date), count(*)"
              + " from payment where station_id = ? and voided_at >= ? and voided_at < ?"
              + " and voided = true group by created_by, cast(voided_at as date)",
          "select 'EXEMPTED', cast(created_by as varchar(40)), cast(created_at as date), count(*)"
              + " from payment where station_id = ? and exemption_reason is not null"
              + " and created_at >= ? and created_at < ? group by created_by, cast(created_at as date)");

  private static final int COUNT_PARTS = 7;

  private static final String STORED_DAYS =
      "select on_day from dashboard_day where station_id = ? and on_day >= ? and on_day < ?"
          + " order by on_day";

  /** Stored counts of the span, summed; only submits keep their day (for the chart). */
  private static final String STORED_COUNTS =
      "select measure, item, case when measure = 'SUBMITTED' then on_day end, sum(quantity)"
          + " from dashboard_day_count where station_id = ? and on_day >= ? and on_day < ?"
          + " group by measure, item, case when measure = 'SUBMITTED' then on_day end";

  private static final String STAFF =
      "select s.id, s.display_name, s.username,"
          + " (select count(*) from staff_role r where r.staff_id = s.id and r.role = 'CLERK')"
          + " from staff_account s where s.station_id = ? order by s.username";

  private final SqlDialect dialect;

  public DashboardQuery(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Stores the figures of this month's complete days that are not stored yet, in the caller's
   * transaction; answers how many days it stored. Two members doing it at once collide on the day's
   * primary key: the loser's transaction fails and its next page open finds them stored.
   */
  public int summarizeCompleteDays(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    LocalDate monthStart = Span.monthOf(now.toLocalDate()).from().toLocalDate();
    LocalDate completeUntil = completeUntil(now);
    LocalDate from = storedUntil(connection, stationId, monthStart, completeUntil);
    if (!from.isBefore(completeUntil)) {
      return 0;
    }
    Span span = new Span(from.atStartOfDay(), completeUntil.atStartOfDay());
    int days = 0;
    try (PreparedStatement marker =
        connection.prepareStatement(
            "insert into dashboard_day (station_id, on_day, summarized_at) values (?, ?, ?)")) {
      for (LocalDate day = from; day.isBefore(completeUntil); day = day.plusDays(1), days++) {
        marker.setLong(1, stationId);
        marker.setObject(2, java.sql.Date.valueOf(day));
        marker.setTimestamp(3, Timestamp.valueOf(now));
        marker.addBatch();
      }
      marker.executeBatch();
    }
    update(
        connection,
        "insert into dashboard_day_count (station_id, on_day, measure, item, quantity)"
            + " select ?, c.on_day, c.measure, c.item, c.quantity from ("
            + COUNTS
            + ") c",
        stationId,
        countParameters(stationId, span));
    for (String measure : List.of(LOOKUP_TO_SUBMIT, SUBMIT_TO_COLLECTION)) {
      update(
          connection,
          "insert into dashboard_day_wait (station_id, on_day, measure, seconds)"
              + " select ?, w.on_day, '"
              + measure
              + "', w.seconds from ("
              + waits(measure)
              + ") w",
          stationId,
          new Object[] {stationId, span.from(), span.to()});
    }
    // How many waits each new day has, so that a page open knows the stored count from the
    // stored counts alone.
    Jdbc.update(
        connection,
        "insert into dashboard_day_count (station_id, on_day, measure, item, quantity)"
            + " select station_id, on_day, measure, '-', count(*) from dashboard_day_wait"
            + " where station_id = ? and on_day >= ? and on_day < ?"
            + " group by station_id, on_day, measure",
        stationId,
        from,
        completeUntil);
    Jdbc.update(connection, "delete from dashboard_month_wait where station_id = ?", stationId);
    Jdbc.update(
        connection,
        "insert into dashboard_month_wait (station_id, measure, until_day, sort_position, seconds)"
            + " select station_id, measure, cast(? as date),"
            + " row_number() over (partition by measure order by seconds) - 1, seconds"
            + " from dashboard_day_wait where station_id = ? and on_day >= ? and on_day < ?",
        completeUntil,
        stationId,
        monthStart,
        completeUntil);
    return days;
  }

  public Dashboard compute(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    LocalDate today = now.toLocalDate();
    Span day = Span.day(today);
    Span month = Span.monthOf(today);
    LocalDate monthStart = month.from().toLocalDate();
    LocalDate liveFrom = storedUntil(connection, stationId, monthStart, completeUntil(now));
    Span live = new Span(liveFrom.atStartOfDay(), month.to());

    Tally tally = new Tally(today);
    Jdbc.rows(
        connection,
        STORED_COUNTS,
        0,
        row -> tally.add(row.getString(1), row.getString(2), Jdbc.day(row, 3), row.getLong(4)),
        stationId,
        monthStart,
        liveFrom);
    Jdbc.rows(
        connection,
        COUNTS,
        0,
        row -> tally.add(row.getString(1), row.getString(2), Jdbc.day(row, 3), row.getLong(4)),
        countParameters(stationId, live));
    Map<String, Spread[]> spreads = spreads(connection, stationId, today, liveFrom, live, tally);
    Spread[] lookupToSubmit = spreads.get(LOOKUP_TO_SUBMIT);
    Spread[] submitToCollection = spreads.get(SUBMIT_TO_COLLECTION);

    Figures todays =
        new Figures(
            tally.today(SUBMITTED),
            tally.today(COLLECTED),
            tally.today(LOOKUP),
            tally.today(REFUSAL),
            tally.today(RETURN),
            lookupToSubmit[0],
            submitToCollection[0]);
    Figures months =
        new Figures(
            tally.month(SUBMITTED),
            tally.month(COLLECTED),
            tally.month(LOOKUP),
            tally.month(REFUSAL),
            tally.month(RETURN),
            lookupToSubmit[1],
            submitToCollection[1]);
    return new Dashboard(
        now,
        day,
        month,
        todays,
        months,
        tally.submittedPerDay(),
        tally.reasons(REFUSAL, item -> item),
        tally.reasons(RETURN, item -> item.substring(0, item.indexOf('|'))),
        clerks(connection, stationId, tally));
  }

  /** The first day from which figures must still be computed live. */
  static LocalDate completeUntil(LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    LocalDate graced = now.minus(GRACE).toLocalDate();
    return graced.isBefore(today) ? graced : today;
  }

  /** The day after the stored days that run without a gap from {@code from}. */
  private static LocalDate storedUntil(
      Connection connection, long stationId, LocalDate from, LocalDate until) throws SQLException {
    LocalDate next = from;
    for (LocalDate stored :
        Jdbc.rows(connection, STORED_DAYS, 0, row -> Jdbc.day(row, 1), stationId, from, until)) {
      if (!stored.equals(next)) {
        break;
      }
      next = next.plusDays(1);
    }
    return next;
  }

  private static Object[] countParameters(long stationId, Span span) {
    Object[] parameters = new Object[COUNT_PARTS * 3];
    for (int part = 0; part < COUNT_PARTS; part++) {
      parameters[part * 3] = stationId;
      parameters[part * 3 + 1] = span.from();
      parameters[part * 3 + 2] = span.to();
    }
    return parameters;
  }

  /** The waits of one measure as rows (day, seconds); parameters station, from, to. */
  private String waits(String measure) {
    if (measure.equals(LOOKUP_TO_SUBMIT)) {
      // For each application submitted in the span, from the first look-up at the same station
      // that found its receipt (before the submit) to the submit: a correlated index seek per
      // application (receipt_lookup_found_idx), so the cost follows the span's applications.
      return "select cast(f.submitted_at as date) as on_day, "
          + seconds("f.first_lookup", "f.submitted_at")
          + " as seconds from (select a.submitted_at, (select min(l.looked_up_at)"
          + " from receipt_lookup l where l.receipt_id = a.receipt_id"
          + " and l.station_id = a.station_id and l.looked_up_at <= a.submitted_at) as first_lookup"
          + " from application a where a.station_id = ? and a.submitted_at >= ?"
          + " and a.submitted_at < ?) f where f.first_lookup is not null";
    }
    return "select cast(collected_at as date) as on_day, "
        + seconds("submitted_at", "collected_at")
        + " as seconds from application"
        + " where station_id = ? and collected_at >= ? and collected_at < ?";
  }

  /** Typed as stored, so that stored and live waits unite without H2 guessing a numeric scale. */
  private String seconds(String from, String to) {
    return "cast(" + dialect.secondsBetween(from, to) + " as double precision)";
  }

  /**
   * {today's, the month's} waits, each as {count, median, 90th percentile}, by measure: the live
   * waits (today's, normally) are read whole; of the month's stored waits only the positions around
   * each percentile (see {@link RankedPercentile}).
   */
  private Map<String, Spread[]> spreads(
      Connection connection,
      long stationId,
      LocalDate today,
      LocalDate liveFrom,
      Span live,
      Tally tally)
      throws SQLException {
    List<String> measures = List.of(LOOKUP_TO_SUBMIT, SUBMIT_TO_COLLECTION);
    Map<String, List<Wait>> liveWaits = new HashMap<>();
    measures.forEach(measure -> liveWaits.put(measure, new ArrayList<>()));
    Jdbc.rows(
        connection,
        measures.stream()
            .map(
                measure ->
                    "select '" + measure + "', w.on_day, w.seconds from (" + waits(measure) + ") w")
            .collect(Collectors.joining(" union all ")),
        0,
        row -> liveWaits.get(row.getString(1)).add(new Wait(Jdbc.day(row, 2), row.getDouble(3))),
        stationId,
        live.from(),
        live.to(),
        stationId,
        live.from(),
        live.to());

    // Which stored positions each (measure, percentile) needs, read in one statement.
    List<String> ranges = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    Map<String, RankedPercentile.Window[]> windows = new HashMap<>();
    for (String measure : measures) {
      long stored = tally.month(measure);
      RankedPercentile.Window[] perPercentile = new RankedPercentile.Window[PERCENTILES.length];
      for (int i = 0; i < PERCENTILES.length; i++) {
        perPercentile[i] =
            RankedPercentile.window(PERCENTILES[i], stored, liveWaits.get(measure).size());
        if (!perPercentile[i].isEmpty()) {
          ranges.add(
              // The key is one of our constants, written as a literal: H2 cannot type a bare
              // parameter in a union's select list.
              "select '"
                  + measure
                  + i
                  + "', sort_position, seconds from dashboard_month_wait where station_id = ?"
                  + " and measure = ? and until_day = ? and sort_position between ? and ?");
          parameters.addAll(
              List.of(
                  stationId, measure, liveFrom, perPercentile[i].from(), perPercentile[i].to()));
        }
      }
      windows.put(measure, perPercentile);
    }
    Map<String, double[]> storedWindows = new HashMap<>();
    if (!ranges.isEmpty()) {
      Map<String, List<Double>> read = new HashMap<>();
      Jdbc.rows(
          connection,
          String.join(" union all ", ranges),
          0,
          row ->
              read.computeIfAbsent(row.getString(1), key -> new ArrayList<>())
                  .add(row.getDouble(3)),
          parameters.toArray());
      read.forEach(
          (key, values) -> storedWindows.put(key, values.stream().mapToDouble(v -> v).toArray()));
    }

    Map<String, Spread[]> spreads = new HashMap<>();
    for (String measure : measures) {
      List<Wait> waits = liveWaits.get(measure);
      double[] todays =
          waits.stream().filter(w -> w.day().equals(today)).mapToDouble(Wait::seconds).toArray();
      double[] all = waits.stream().mapToDouble(Wait::seconds).toArray();
      long stored = tally.month(measure);
      Double[] month = new Double[PERCENTILES.length];
      for (int i = 0; i < PERCENTILES.length; i++) {
        RankedPercentile.Window window = windows.get(measure)[i];
        double[] storedWindow = storedWindows.getOrDefault(measure + i, new double[0]);
        if (storedWindow.length != window.to() - window.from() + 1 && !window.isEmpty()) {
          throw new IllegalStateException(
              "stored waits of station " + stationId + " do not match their stored counts");
        }
        month[i] = RankedPercentile.of(PERCENTILES[i], stored, window.from(), storedWindow, all);
      }
      spreads.put(
          measure,
          new Spread[] {
            new Spread(
                todays.length,
                RankedPercentile.of(MEDIAN, 0, 0, new double[0], todays),
                RankedPercentile.of(P90, 0, 0, new double[0], todays)),
            new Spread(stored + all.length, month[0], month[1])
          });
    }
    return spreads;
  }

  private record Wait(LocalDate day, double seconds) {}

  private record Staff(long id, String name, String username, boolean clerk) {}

  private static List<ClerkFigures> clerks(Connection connection, long stationId, Tally tally)
      throws SQLException {
    List<Staff> staff =
        Jdbc.rows(
            connection,
            STAFF,
            0,
            row ->
                new Staff(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4) > 0),
            stationId);
    Map<String, Long> submitted = tally.byItem(SUBMITTED, item -> item);
    Map<String, Long> returned =
        tally.byItem(RETURN, item -> item.substring(item.indexOf('|') + 1));
    Map<String, Long> voided = tally.byItem(VOIDED, item -> item);
    Map<String, Long> exempted = tally.byItem(EXEMPTED, item -> item);
    Map<String, Long> lookups = tally.byItem(LOOKUP, item -> item);
    List<ClerkFigures> figures = new ArrayList<>();
    for (Staff member : staff) {
      String id = Long.toString(member.id());
      ClerkFigures row =
          new ClerkFigures(
              member.id(),
              member.name(),
              member.username(),
              submitted.getOrDefault(id, 0L),
              returned.getOrDefault(id, 0L),
              voided.getOrDefault(id, 0L),
              exempted.getOrDefault(id, 0L),
              lookups.getOrDefault(id, 0L));
      boolean active =
          row.submitted() + row.returned() + row.voided() + row.exempted() + row.lookups() > 0;
      if (member.clerk() || active) {
        figures.add(row);
      }
    }
    return figures;
  }

  private static void update(
      Connection connection, String sql, long stationId, Object[] spanParameters)
      throws SQLException {
    Object[] parameters = new Object[spanParameters.length + 1];
    parameters[0] = stationId;
    System.arraycopy(spanParameters, 0, parameters, 1, spanParameters.length);
    Jdbc.update(connection, sql, parameters);
  }

  /** The aggregated rows of one dashboard, stored and live together. */
  private static final class Tally {

    private record Row(String measure, String item, LocalDate day, long quantity) {}

    private final LocalDate today;
    private final List<Row> rows = new ArrayList<>();

    Tally(LocalDate today) {
      this.today = today;
    }

    Row add(String measure, String item, LocalDate day, long quantity) {
      Row row = new Row(measure, item, day, quantity);
      rows.add(row);
      return row;
    }

    long today(String measure) {
      return rows.stream()
          .filter(r -> r.measure().equals(measure) && today.equals(r.day()))
          .mapToLong(Row::quantity)
          .sum();
    }

    long month(String measure) {
      return rows.stream().filter(r -> r.measure().equals(measure)).mapToLong(Row::quantity).sum();
    }

    List<DayCount> submittedPerDay() {
      Map<LocalDate, Long> perDay = new TreeMap<>();
      rows.stream()
          .filter(r -> r.measure().equals(SUBMITTED))
          .forEach(r -> perDay.merge(r.day(), r.quantity(), Long::sum));
      return perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
    }

    Map<String, Long> byItem(String measure, java.util.function.UnaryOperator<String> key) {
      return rows.stream()
          .filter(r -> r.measure().equals(measure))
          .collect(
              Collectors.groupingBy(
                  r -> key.apply(r.item()), Collectors.summingLong(Row::quantity)));
    }

    /** Most frequent first, then by reason code. */
    List<ReasonCount> reasons(String measure, java.util.function.UnaryOperator<String> reason) {
      return byItem(measure, reason).entrySet().stream()
          .map(e -> new ReasonCount(e.getKey(), e.getValue()))
          .sorted(
              Comparator.comparingLong(ReasonCount::count)
                  .reversed()
                  .thenComparing(ReasonCount::reason))
          .toList();
    }
  }
}
