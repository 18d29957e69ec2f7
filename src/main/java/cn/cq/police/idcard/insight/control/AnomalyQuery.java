package cn.cq.police.idcard.insight.control;

import cn.cq.police.idcard.platform.PersonalDataCipher;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds a station's anomaly cases with aggregate SQL (group-by and having in the database, which
 * returns only the cases). Plain JDBC on the caller's connection, like {@link DashboardQuery}, and
 * like it naming other components' tables and columns through {@link ReadColumns}. Agent ID numbers
 * leave this class masked only.
 */
public final class AnomalyQuery {

  private final Thresholds thresholds;
  private PersonalDataCipher cipher;

  /** With the application's keyring, looked up when a masked agent number is needed. */
  public AnomalyQuery(Thresholds thresholds) {
    this(thresholds, null);
  }

  public AnomalyQuery(Thresholds thresholds, PersonalDataCipher cipher) {
    this.thresholds = thresholds;
    this.cipher = cipher;
  }

  private PersonalDataCipher cipher() {
    if (cipher == null) {
      cipher = SealedColumns.cipher();
    }
    return cipher;
  }

  public List<Anomaly> detect(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    List<Anomaly> found = new ArrayList<>();
    found.addAll(agentsForMany(connection, stationId, now));
    found.addAll(voidsByClerk(connection, stationId, now));
    found.addAll(unusedLookups(connection, stationId, now));
    found.addAll(stuck(connection, stationId, now));
    found.addAll(outsideJurisdiction(connection, stationId, now));
    return found;
  }

  /** Proxy authorisations with their applications, as p and a. */
  private static final String AGENTS_APPLICATIONS =
      " from {proxy_authorization} p join {application} a"
          + " on a.{application.id} = p.{proxy_authorization.application_id}"
          + " where a.{application.station_id} = ? and a.{application.submitted_at} >= ?";

  /**
   * Agents by the blind index of their number, counting applicants by theirs; one sealed number per
   * agent comes along, opened here only to be masked.
   */
  private static final String AGENTS =
      ReadColumns.sql(
          "select p.{proxy_authorization.agent_id_index},"
              + " count(distinct a.{application.citizen_id_index}),"
              + " min(p.{proxy_authorization.agent_id_number})"
              + AGENTS_APPLICATIONS
              + " group by p.{proxy_authorization.agent_id_index}"
              + " having count(distinct a.{application.citizen_id_index}) >= ?"
              + " order by 2 desc, 1");

  private static final String AGENT_CASES =
      ReadColumns.sql(
          "select a.{application.acceptance_number}"
              + AGENTS_APPLICATIONS
              + " and p.{proxy_authorization.agent_id_index} = ?"
              + " order by a.{application.submitted_at}");

  List<Anomaly> agentsForMany(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    LocalDateTime since = now.minusDays(thresholds.agentWindowDays());
    record Agent(String index, long applicants, String sealedNumber) {}
    List<Agent> agents =
        Jdbc.rows(
            connection,
            AGENTS,
            thresholds.maxCases(),
            row -> new Agent(row.getString(1), row.getLong(2), row.getString(3)),
            stationId,
            since,
            thresholds.agentApplicants());
    List<Anomaly> found = new ArrayList<>();
    for (Agent agent : agents) {
      List<String> cases =
          Jdbc.rows(
              connection,
              AGENT_CASES,
              thresholds.maxCases(),
              row -> row.getString(1),
              stationId,
              since,
              agent.index());
      found.add(
          new Anomaly(
              Signal.AGENT_FOR_MANY,
              masked(cipher().open(agent.sealedNumber(), CitizenIdNumberConverter.COLUMN)),
              agent.applicants(),
              null,
              cases,
              List.of()));
    }
    return found;
  }

  /** Masked like {@link CitizenIdNumber#masked()}, also for a number that does not parse. */
  static String masked(String idNumber) {
    return CitizenIdNumber.tryParse(idNumber)
        .map(CitizenIdNumber::masked)
        .orElseGet(
            () ->
                idNumber.length() <= 10
                    ? "*".repeat(idNumber.length())
                    : idNumber.substring(0, 6)
                        + "*".repeat(idNumber.length() - 10)
                        + idNumber.substring(idNumber.length() - 4));
  }

  /** A payment p voided since the time the parameter gives. */
  private static final String VOIDED_SINCE =
      "p.{payment.voided} = true"
          + " and coalesce(p.{payment.voided_at}, p.{payment.created_at}) >= ?";

  /** A payment p exempted since the time the parameter gives. */
  private static final String EXEMPTED_SINCE =
      "p.{payment.exemption_reason} is not null and p.{payment.created_at} >= ?";

  private static final String VOIDS =
      ReadColumns.sql(
          "select p.{payment.created_by}, s.{staff_account.display_name},"
              + (" sum(case when " + VOIDED_SINCE + " then 1 else 0 end),")
              + (" sum(case when " + EXEMPTED_SINCE + " then 1 else 0 end)")
              + " from {payment} p join {staff_account} s"
              + " on s.{staff_account.id} = p.{payment.created_by}"
              + " where p.{payment.station_id} = ?"
              + (" and ((" + VOIDED_SINCE + ") or (" + EXEMPTED_SINCE + "))")
              + " group by p.{payment.created_by}, s.{staff_account.display_name}"
              + " having count(*) >= ? order by count(*) desc, 2");
  private static final String VOID_CASES =
      ReadColumns.sql(
          "select a.{application.acceptance_number} from {payment} p join {application} a"
              + " on a.{application.id} = p.{payment.application_id}"
              + " where p.{payment.station_id} = ? and p.{payment.created_by} = ?"
              + (" and ((" + VOIDED_SINCE + ") or (" + EXEMPTED_SINCE + "))")
              + " order by p.{payment.created_at}");

  List<Anomaly> voidsByClerk(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    LocalDateTime since = now.minusDays(thresholds.clerkWindowDays());
    record Clerk(long id, String name, long voids, long exemptions) {}
    List<Clerk> clerks =
        Jdbc.rows(
            connection,
            VOIDS,
            thresholds.maxCases(),
            row -> new Clerk(row.getLong(1), row.getString(2), row.getLong(3), row.getLong(4)),
            since,
            since,
            stationId,
            since,
            since,
            thresholds.clerkVoidsOrExemptions());
    List<Anomaly> found = new ArrayList<>();
    for (Clerk clerk : clerks) {
      List<String> cases =
          Jdbc.rows(
              connection,
              VOID_CASES,
              thresholds.maxCases(),
              row -> row.getString(1),
              stationId,
              clerk.id(),
              since,
              since);
      found.add(
          new Anomaly(
              Signal.VOIDS_BY_CLERK,
              clerk.name(),
              clerk.voids() + clerk.exemptions(),
              clerk.voids() + "/" + clerk.exemptions(),
              cases,
              List.of()));
    }
    return found;
  }

  private static final String UNUSED =
      ReadColumns.sql(
          "select l.{receipt_lookup.receipt_number}, count(*), max(l.{receipt_lookup.looked_up_at})"
              + " from {receipt_lookup} l where l.{receipt_lookup.station_id} = ?"
              + " and l.{receipt_lookup.looked_up_at} >= ?"
              + " and l.{receipt_lookup.receipt_number} is not null"
              + " and not exists (select 1 from {receipt} r join {application} a"
              + " on a.{application.receipt_id} = r.{receipt.id}"
              + " where r.{receipt.receipt_number} = l.{receipt_lookup.receipt_number})"
              + " group by l.{receipt_lookup.receipt_number} having count(*) >= ?"
              + " order by 2 desc, 3 desc");

  List<Anomaly> unusedLookups(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    return Jdbc.rows(
        connection,
        UNUSED,
        thresholds.maxCases(),
        row ->
            new Anomaly(
                Signal.UNUSED_LOOKUPS,
                row.getString(1),
                row.getLong(2),
                Jdbc.time(row, 3).withNano(0).toString().replace('T', ' '),
                List.of(),
                List.of(row.getString(1))),
        stationId,
        now.minusDays(thresholds.unusedWindowDays()),
        thresholds.unusedLookups());
  }

  private static final String STUCK =
      ReadColumns.sql(
          "select a.{application.acceptance_number}, max(c.{application_status_change.changed_at})"
              + " from {application} a join {application_status_change} c"
              + " on c.{application_status_change.application_id} = a.{application.id}"
              + " where a.{application.station_id} = ? and a.{application.status} = ?"
              + " group by a.{application.id}, a.{application.acceptance_number}"
              + " having max(c.{application_status_change.changed_at}) < ?"
              + " order by 2, 1");

  List<Anomaly> stuck(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    List<Anomaly> found = new ArrayList<>();
    for (Map.Entry<String, Integer> status : thresholds.stuckDays().entrySet()) {
      found.addAll(
          Jdbc.rows(
              connection,
              STUCK,
              thresholds.maxCases(),
              row ->
                  new Anomaly(
                      Signal.STUCK,
                      row.getString(1),
                      Duration.between(Jdbc.time(row, 2), now).toDays(),
                      status.getKey(),
                      List.of(row.getString(1)),
                      List.of()),
              stationId,
              status.getKey(),
              now.minusDays(status.getValue())));
    }
    return found;
  }

  /**
   * Look-ups l that showed a receipt, with their station's jurisdiction j if the receipt's
   * household region is in it. The household region, not the ID number's first six digits, which
   * only say where the number was first issued; look-ups logged before it was kept have none.
   */
  private static final String LOOKUPS_IN_JURISDICTION =
      " from {receipt_lookup} l left join {station_jurisdiction} j"
          + " on j.{station_jurisdiction.station_id} = l.{receipt_lookup.station_id}"
          + " and j.{station_jurisdiction.region_code} = l.{receipt_lookup.household_region_code}"
          + " where l.{receipt_lookup.station_id} = ? and l.{receipt_lookup.looked_up_at} >= ?"
          + " and l.{receipt_lookup.household_region_code} is not null";

  private static final String OUTSIDE_PER_DAY =
      ReadColumns.sql(
          "select cast(l.{receipt_lookup.looked_up_at} as date),"
              + " sum(case when j.{station_jurisdiction.region_code} is null then 1 else 0 end),"
              + " count(*)"
              + LOOKUPS_IN_JURISDICTION
              + " group by cast(l.{receipt_lookup.looked_up_at} as date) order by 1 desc");
  private static final String OUTSIDE_RECEIPTS =
      ReadColumns.sql(
          "select distinct l.{receipt_lookup.receipt_number}"
              + LOOKUPS_IN_JURISDICTION
              + " and l.{receipt_lookup.looked_up_at} < ?"
              + " and j.{station_jurisdiction.region_code} is null"
              + " and l.{receipt_lookup.receipt_number} is not null order by 1");

  List<Anomaly> outsideJurisdiction(Connection connection, long stationId, LocalDateTime now)
      throws SQLException {
    LocalDate first = now.toLocalDate().minusDays(thresholds.outsideWindowDays() - 1L);
    record Day(LocalDate day, long outside, long total) {}
    List<Day> days =
        Jdbc.rows(
            connection,
            OUTSIDE_PER_DAY,
            0,
            row -> new Day(Jdbc.day(row, 1), row.getLong(2), row.getLong(3)),
            stationId,
            first.atStartOfDay());
    List<Anomaly> found = new ArrayList<>();
    for (Day day : days) {
      if (!thresholds.outsideFires(day.outside(), day.total())) {
        continue;
      }
      List<String> receipts =
          Jdbc.rows(
              connection,
              OUTSIDE_RECEIPTS,
              thresholds.maxCases(),
              row -> row.getString(1),
              stationId,
              day.day().atStartOfDay(),
              day.day().plusDays(1).atStartOfDay());
      found.add(
          new Anomaly(
              Signal.OUTSIDE_JURISDICTION,
              day.day().toString(),
              day.outside(),
              Math.round(100.0 * day.outside() / day.total()) + "%",
              List.of(),
              receipts));
    }
    return found;
  }
}
