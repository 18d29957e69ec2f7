package cn.cq.police.idcard.insight.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every table and column of another component that insight's SQL reads, named once. Insight reads
 * them through plain SQL, which neither imports nor {@code LayeringTest} can see: this class is
 * where that dependency shows, and {@code ReadColumnsTest} fails when a migration drops or renames
 * one of them.
 *
 * <p>The queries write such a name only as a reference that {@link #sql} resolves: {@code
 * {application}} for a table, {@code {application.submitted_at}} for a column (after an alias as
 * usual: {@code a.{application.submitted_at}}). A reference to anything not named here fails when
 * the statement is built, so the list below is exactly what the SQL can read. Insight's own tables
 * ({@code dashboard_*}, {@code anomaly_report}) and the columns of derived tables are written
 * plainly.
 */
public final class ReadColumns {

  /**
   * A table of another component and the columns insight reads of it.
   *
   * @param component the component that writes it
   */
  public record Table(String name, String component, Set<String> columns) {

    Table(String name, String component, String... columns) {
      this(name, component, Set.of(columns));
    }
  }

  private static final Map<String, Table> TABLES =
      index(
          new Table(
              "application",
              "applications",
              "id",
              "receipt_id",
              "station_id",
              "citizen_id_index",
              "acceptance_number",
              "status",
              "submitted_at",
              "submitted_by",
              "collected_at"),
          new Table("application_status_change", "applications", "application_id", "changed_at"),
          new Table(
              "receipt_lookup",
              "applications",
              "station_id",
              "staff_id",
              "receipt_id",
              "receipt_number",
              "household_region_code",
              "looked_up_at"),
          new Table(
              "application_decision",
              "review",
              "application_id",
              "decision",
              "reason_code",
              "decided_at"),
          new Table(
              "payment",
              "fees",
              "application_id",
              "station_id",
              "created_by",
              "created_at",
              "voided",
              "voided_at",
              "exemption_reason",
              "postage_fen"),
          new Table("postal_delivery", "mailing", "station_id", "posted_at"),
          new Table(
              "proxy_authorization",
              "proxies",
              "application_id",
              "agent_id_index",
              "agent_id_number"),
          new Table("proxy_refusal", "proxies", "station_id", "reason", "refused_at"),
          new Table("receipt", "receipts", "id", "receipt_number"),
          new Table("station", "stations", "id"),
          new Table("station_jurisdiction", "stations", "station_id", "region_code"),
          new Table("staff_account", "stations", "id", "station_id", "display_name", "username"),
          new Table("staff_role", "stations", "staff_id", "role"));

  /** {table} or {table.column}, names as SQL writes them unquoted. */
  private static final Pattern REFERENCE = Pattern.compile("\\{([a-z_]+)(?:\\.([a-z_]+))?}");

  private ReadColumns() {}

  private static Map<String, Table> index(Table... tables) {
    Map<String, Table> byName = new LinkedHashMap<>();
    Stream.of(tables).forEach(table -> byName.put(table.name(), table));
    return byName;
  }

  /** The tables, each with the columns insight reads of it. */
  public static List<Table> tables() {
    return List.copyOf(TABLES.values());
  }

  /**
   * The statement with each reference replaced by the plain name.
   *
   * @throws IllegalArgumentException for a reference to a table or column not named here
   */
  public static String sql(String statement) {
    Matcher reference = REFERENCE.matcher(statement);
    StringBuilder resolved = new StringBuilder();
    while (reference.find()) {
      Table table = TABLES.get(reference.group(1));
      String column = reference.group(2);
      if (table == null || column != null && !table.columns().contains(column)) {
        throw new IllegalArgumentException(
            "Insight reads " + reference.group() + ", which ReadColumns does not name");
      }
      reference.appendReplacement(resolved, column == null ? table.name() : column);
    }
    reference.appendTail(resolved);
    return resolved.toString();
  }
}
