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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Computes a station's dashboard with aggregate SQL only. The month's complete days are aggregated
 * once into per-day figures ({@link #summarizeCompleteDays}); a page open then adds those stored
 * figures to a live aggregation of the days since (normally today only), so its cost follows
 * today's activity, not the month's. Plain JDBC on a connection the caller owns, so the application
 * and the command-line benchmark run the very same statements. Other components' tables and columns
 * are written as {@link ReadColumns} references.
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
  private static final String POSTED = "POSTED";
  private static final String POSTAGE_FEN = "POSTAGE_FEN";
  private static final String LOOKUP_TO_SUBMIT = "LOOKUP_TO_SUBMIT";
  private static final double MEDIAN = 0.5;
  private static final double P90 = 0.9;
  private static final double[] PERCENTILES = {MEDIAN, P90};
  private static final String SUBMIT_TO_COLLECTION = "SUBMIT_TO_COLLECTION";

  /** Marks the live rows of waits (one per application) apart from stored counts of waits. */
  private static final String LIVE = "LIVE_";

  private static final List<String> WAIT_MEASURES = List.of(LOOKUP_TO_SUBMIT, SUBMIT_TO_COLLECTION);

  /**
   * Counts of the applications submitted and collected, as rows (measure, item, day, quantity) of
   * one station in one span: parameters station, :from, to per part, where :from is a timestamp
   * expression. Stored days take them from here; a page open counts the rows of its live waits
   * instead, which are one per such application.
   */
  private static final List<String> APPLICATION_COUNT_PARTS =
      Stream.of(
              "select 'SUBMITTED' as measure,"
                  + " coalesce(cast({application.submitted_by} as varchar(40)), '-') as item,"
                  + " cast({application.submitted_at} as date) as on_day, count(*) as quantity"
                  + " from {application} where {application.station_id} = ?"
                  + " and {application.submitted_at} >= :from and {application.submitted_at} < ?"
                  + " group by {application.submitted_by}, cast({application.submitted_at} as date)",
              "select 'COLLECTED', '-', cast({application.collected_at} as date), count(*)"
                  + " from {application} where {application.station_id} = ?"
                  + " and {application.collected_at} >= :from and {application.collected_at} < ?"
                  + " group by cast({application.collected_at} as date)")
          .map(ReadColumns::sql)
          .toList();

  /**
   * The other counts, alike. A return's item is "reason|staff id", so one scan serves both the
   * reasons and the per-clerk figures.
   */
  private static final List<String> EVENT_COUNT_PARTS =
      Stream.of(
              "select 'LOOKUP' as measure, cast({receipt_lookup.staff_id} as varchar(40)) as item,"
                  + " cast({receipt_lookup.looked_up_at} as date) as on_day, count(*) as quantity"
                  + " from {receipt_lookup} where {receipt_lookup.station_id} = ?"
                  + " and {receipt_lookup.looked_up_at} >= :from"
                  + " and {receipt_lookup.looked_up_at} < ?"
                  + " group by {receipt_lookup.staff_id}, cast({receipt_lookup.looked_up_at} as date)",
              "select 'REFUSAL', {proxy_refusal.reason}, cast({proxy_refusal.refused_at} as date),"
                  + " count(*) from {proxy_refusal} where {proxy_refusal.station_id} = ?"
                  + " and {proxy_refusal.refused_at} >= :from and {proxy_refusal.refused_at} < ?"
                  + " group by {proxy_refusal.reason}, cast({proxy_refusal.refused_at} as date)",
              "select 'RETURN', coalesce(d.{application_decision.reason_code}, '-') || '|'"
                  + " || coalesce(cast(a.{application.submitted_by} as varchar(40)), '-'),"
                  + " cast(d.{application_decision.decided_at} as date), count(*)"
                  + " from {application_decision} d join {application} a"
                  + " on a.{application.id} = d.{application_decision.application_id}"
                  + " where a.{application.station_id} = ?"
                  + " and d.{application_decision.decision} = 'RETURNED'"
                  + " and d.{application_decision.decided_at} >= :from"
                  + " and d.{application_decision.decided_at} < ?"
                  + " group by d.{application_decision.reason_code}, a.{application.submitted_by},"
                  + " cast(d.{application_decision.decided_at} as date)",
              "select 'VOIDED', cast({payment.created_by} as varchar(40)),"
                  + " cast({payment.voided_at} as date), count(*) from {payment}"
                  + " where {payment.station_id} = ? and {payment.voided_at} >= :from"
                  + " and {payment.voided_at} < ? and {payment.voided} = true"
                  + " group by {payment.created_by}, cast({payment.voided_at} as date)",
              "select 'EXEMPTED', cast({payment.created_by} as varchar(40)),"
                  + " cast({payment.created_at} as date), count(*) from {payment}"
                  + " where {payment.station_id} = ? and {payment.exemption_reason} is not null"
                  + " and {payment.created_at} >= :from and {payment.created_at} < ?"
                  + " group by {payment.created_by}, cast({payment.created_at} as date)",
              // 邮寄送证: cards that left by post, and the postage taken (in fen, as a quantity).
              "select 'POSTED', '-', cast({postal_delivery.posted_at} as date), count(*)"
                  + " from {postal_delivery} where {postal_delivery.station_id} = ?"
                  + " and {postal_delivery.posted_at} >= :from and {postal_delivery.posted_at} < ?"
                  + " group by cast({postal_delivery.posted_at} as date)",
              "select 'POSTAGE_FEN', '-', cast({payment.created_at} as date),"
                  + " sum({payment.postage_fen}) from {payment}"
                  + " where {payment.station_id} = ? and {payment.postage_fen} > 0"
                  + " and {payment.voided} = false"
                  + " and {payment.created_at} >= :from and {payment.created_at} < ?"
                  + " group by cast({payment.created_at} as date)")
          .map(ReadColumns::sql)
          .toList();

  /**
   * The first day of the month whose figures are not stored (parameters month start, station, month
   * start): a page open reads it in the same statement as the figures.
   */
  private static final String LIVE_FROM =
      "(select coalesce(max(stored_until), cast(? as date)) from dashboard_month"
          + " where station_id = ? and month_start = ?)";

  private static final String STAFF =
      ReadColumns.sql(
          "select s.{staff_account.id}, s.{staff_account.display_name}, s.{staff_account.username},"
              + " (select count(*) from {staff_role} r where r.{staff_role.staff_id} ="
              + " s.{staff_account.id} and r.{staff_role.role} = 'CLERK')"
              + " from {staff_account} s where s.{staff_account.station_id} = ?"
              + " order by s.{staff_account.username}");

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
    LocalDate from = storedUntil(connection, stationId, monthStart);
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
    Query counts =
        new Query(
                "insert into dashboard_day_count (station_id, on_day, measure, item, quantity)"
                    + " select ?, c.on_day, c.measure, c.item, c.quantity from (",
                stationId)
            .append(
                counts(
                    stationId,
                    new Query("?", span.from()),
                    span.to(),
                    Stream.concat(APPLICATION_COUNT_PARTS.stream(), EVENT_COUNT_PARTS.stream())
                        .toList()))
            .append(") c");
    Jdbc.update(connection, counts.sql(), counts.parameters());
    for (String measure : WAIT_MEASURES) {
      Query waits =
          new Query(
                  "insert into dashboard_day_wait (station_id, on_day, measure, seconds)"
                      + " select ?, w.on_day, '"
                      + measure
                      + "', w.seconds from (",
                  stationId)
              .append(waits(measure, stationId, new Query("?", span.from()), span.to()))
              .append(") w where w.seconds is not null");
      Jdbc.update(connection, waits.sql(), waits.parameters());
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
    Jdbc.update(connection, "delete from dashboard_month_count where station_id = ?", stationId);
    Jdbc.update(
        connection,
        "insert into dashboard_month_count (station_id, month_start, measure, item, on_day,"
            + " quantity) select station_id, cast(? as date), measure, item,"
            + " case when measure = 'SUBMITTED' then on_day end, sum(quantity)"
            + " from dashboard_day_count where station_id = ? and on_day >= ? and on_day < ?"
            + " group by station_id, measure, item, case when measure = 'SUBMITTED' then on_day end",
        monthStart,
        stationId,
        monthStart,
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
    Jdbc.update(connection, "delete from dashboard_month where station_id = ?", stationId);
    Jdbc.update(
        connection,
        "insert into dashboard_month (station_id, month_start, stored_until) values (?, ?, ?)",
        stationId,
        monthStart,
        completeUntil);
    return days;
  }

  /**
   * The dashboard as of {@code now}: the stored figures of the month's complete days and the live
   * ones of the days since, counts and waits, in one statement; then the few stored wait positions
   * the month's percentiles need (see {@link RankedPercentile}); then the station's staff. Three
   * round trips, whatever the month's size.
   */
  public Dashboard compute(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    LocalDate today = now.toLocalDate();
    Span day = Span.day(today);
    Span month = Span.monthOf(today);
    LocalDate monthStart = month.from().toLocalDate();

    Query liveFrom = new Query(LIVE_FROM, monthStart, stationId, monthStart);
    Query liveSpanFrom = new Query("cast(").append(liveFrom).append(" as timestamp)");
    Query figures =
        new Query("select 'LIVE_FROM', cast(null as varchar(40)), ")
            .append(liveFrom)
            .append(", cast(null as bigint), cast(null as double precision)")
            .append(" union all select measure, item, on_day, quantity,")
            .append(" cast(null as double precision) from dashboard_month_count")
            .append(" where station_id = ? and month_start = ?", stationId, monthStart)
            .append(" union all select c.measure, c.item, c.on_day, c.quantity,")
            .append(" cast(null as double precision) from (")
            .append(counts(stationId, liveSpanFrom, month.to(), EVENT_COUNT_PARTS))
            .append(") c");
    for (String measure : WAIT_MEASURES) {
      figures
          .append(" union all select '" + LIVE + measure + "', w.clerk, w.on_day, 1, w.seconds")
          .append(" from (")
          .append(waits(measure, stationId, liveSpanFrom, month.to()))
          .append(") w");
    }
    Tally tally = new Tally(today);
    LocalDate[] liveFromDay = {monthStart};
    Map<String, List<Wait>> liveWaits = new HashMap<>();
    WAIT_MEASURES.forEach(measure -> liveWaits.put(measure, new ArrayList<>()));
    Jdbc.rows(
        connection,
        figures.sql(),
        0,
        row -> {
          String measure = row.getString(1);
          if (measure.equals("LIVE_FROM")) {
            liveFromDay[0] = Jdbc.day(row, 3);
          } else if (measure.startsWith(LIVE)) {
            measure = measure.substring(LIVE.length());
            // One row per application submitted (collected) in the live span: its count.
            tally.add(
                measure.equals(LOOKUP_TO_SUBMIT) ? SUBMITTED : COLLECTED,
                row.getString(2),
                Jdbc.day(row, 3),
                1);
            double seconds = row.getDouble(5);
            if (!row.wasNull()) {
              liveWaits.get(measure).add(new Wait(Jdbc.day(row, 3), seconds));
            }
          } else {
            tally.add(measure, row.getString(2), Jdbc.day(row, 3), row.getLong(4));
          }
          return measure;
        },
        figures.parameters());
    Map<String, Spread[]> spreads =
        spreads(connection, stationId, today, liveFromDay[0], liveWaits, tally);
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
            submitToCollection[0],
            tally.today(POSTED),
            tally.today(POSTAGE_FEN));
    Figures months =
        new Figures(
            tally.month(SUBMITTED),
            tally.month(COLLECTED),
            tally.month(LOOKUP),
            tally.month(REFUSAL),
            tally.month(RETURN),
            lookupToSubmit[1],
            submitToCollection[1],
            tally.month(POSTED),
            tally.month(POSTAGE_FEN));
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

  /**
   * The first day of the month not stored yet, as the month's header says: it is written in the
   * same transaction as the stored days (whose markers guard against two members storing a day).
   */
  private static LocalDate storedUntil(Connection connection, long stationId, LocalDate monthStart)
      throws SQLException {
    return Jdbc.single(
        connection,
        "select " + LIVE_FROM,
        row -> Jdbc.day(row, 1),
        monthStart,
        stationId,
        monthStart);
  }

  /** All counts of the span [from, to) of a station, as rows (measure, item, day, quantity). */
  private static Query counts(long stationId, Query from, LocalDateTime to, List<String> parts) {
    Query union = new Query("");
    for (String part : parts) {
      union.append(union.isEmpty() ? "" : " union all ").template(part, stationId, from, to);
    }
    return union;
  }

  /**
   * The waits of one measure in the span [from, to) of a station, as rows (day, seconds, clerk who
   * submitted or '-'), one per application submitted (collected) in the span; seconds is null for
   * an application whose receipt was not looked up at the station before its submit (the caller
   * skips those: filtering here would make the database seek the first look-up twice).
   */
  private Query waits(String measure, long stationId, Query from, LocalDateTime to) {
    if (measure.equals(LOOKUP_TO_SUBMIT)) {
      // For each application submitted in the span, from the first look-up at the same station
      // that found its receipt (before the submit) to the submit: a correlated index seek per
      // application (receipt_lookup_found_idx), so the cost follows the span's applications.
      return new Query("")
          .template(
              ReadColumns.sql(
                  "select cast(f.submitted_at as date) as on_day, "
                      + seconds("f.first_lookup", "f.submitted_at")
                      + " as seconds, f.clerk from (select a.{application.submitted_at} as"
                      + " submitted_at, coalesce(cast(a.{application.submitted_by} as varchar(40)),"
                      + " '-') as clerk, (select min(l.{receipt_lookup.looked_up_at})"
                      + " from {receipt_lookup} l"
                      + " where l.{receipt_lookup.receipt_id} = a.{application.receipt_id}"
                      + " and l.{receipt_lookup.station_id} = a.{application.station_id}"
                      + " and l.{receipt_lookup.looked_up_at} <= a.{application.submitted_at})"
                      + " as first_lookup from {application} a"
                      + " where a.{application.station_id} = ?"
                      + " and a.{application.submitted_at} >= :from"
                      + " and a.{application.submitted_at} < ?) f"),
              stationId,
              from,
              to);
    }
    return new Query("")
        .template(
            ReadColumns.sql(
                "select cast({application.collected_at} as date) as on_day, "
                    + seconds("{application.submitted_at}", "{application.collected_at}")
                    + " as seconds, '-' as clerk from {application}"
                    + " where {application.station_id} = ? and {application.collected_at} >= :from"
                    + " and {application.collected_at} < ?"),
            stationId,
            from,
            to);
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
      Map<String, List<Wait>> liveWaits,
      Tally tally)
      throws SQLException {
    // Which stored positions each (measure, percentile) needs, read in one statement.
    List<String> ranges = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    Map<String, RankedPercentile.Window[]> windows = new HashMap<>();
    for (String measure : WAIT_MEASURES) {
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
    for (String measure : WAIT_MEASURES) {
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

  /** SQL text with its parameters in order, built piece by piece. */
  private static final class Query {

    /** Where a part's span starts. */
    private static final String FROM = ":from";

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Query(String text, Object... parameters) {
      append(text, parameters);
    }

    Query append(String text, Object... parameters) {
      sql.append(text);
      this.parameters.addAll(Arrays.asList(parameters));
      return this;
    }

    Query append(Query other) {
      return append(other.sql.toString(), other.parameters.toArray());
    }

    /**
     * A part "… station_id = ? … >= :from … < ?": the station, then the span's start as an
     * expression with its own parameters, then its end.
     */
    Query template(String part, long stationId, Query from, LocalDateTime to) {
      int at = part.indexOf(FROM);
      return append(part.substring(0, at), stationId)
          .append(from)
          .append(part.substring(at + FROM.length()), to);
    }

    boolean isEmpty() {
      return sql.length() == 0;
    }

    String sql() {
      return sql.toString();
    }

    Object[] parameters() {
      return parameters.toArray();
    }
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
