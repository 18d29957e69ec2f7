package cn.cq.police.idcard.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Least privilege on PostgreSQL: the application's own role (the data source's, {@code db.user})
 * appends to and reads the audit trail, and that is all it can do to it. It cannot update, delete
 * or truncate entries, switch the append-only trigger off, or create, alter or drop tables: it owns
 * nothing, the owner ({@code db.migration.user}) migrated. Every refusal must be PostgreSQL's
 * "insufficient privilege" (42501) or "must be owner" (42501), not the trigger's exception: the
 * trigger is the second wall, not the first.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
@EnabledIf(
    value = "onPostgres",
    disabledReason =
        "H2 has no roles to separate: on H2 the keyed chain and its anchors protect the trail")
public class AuditPrivilegesIT {

  /** The PostgreSQL run: Failsafe's launch on the client side, the data source in the container. */
  static boolean onPostgres() {
    return "postgres".equals(System.getProperty("arquillian.launch"))
        || System.getProperty("db.url", "").startsWith("jdbc:postgresql:");
  }

  static final String INSUFFICIENT_PRIVILEGE = "42501";

  @Inject AuditRecorder recorder;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Test
  void theApplicationsRoleMayOnlyAppendToAndReadTheAuditTrail() throws SQLException {
    try (Connection db = dataSource.getConnection()) {
      assertEquals("PostgreSQL", db.getMetaData().getDatabaseProductName());
      var config = ConfigProvider.getConfig();
      String owner = config.getOptionalValue("db.migration.user", String.class).orElse("");
      assertNotEquals(
          config.getValue("db.user", String.class),
          owner,
          "the PostgreSQL run connects as a role other than the schema owner");
    }
    AuditEntry entry =
        recorder.record(
            new Actor("privilege.it", "CLERK", "500103510001"),
            AuditEvent.of("test.privileges", "test", 1));
    long sequence = entry.getSequence();
    assertEquals(1, count("select count(*) from audit_entry where sequence = " + sequence));
    for (String forbidden :
        List.of(
            "update audit_entry set after_state = 'x' where sequence = " + sequence,
            "delete from audit_entry where sequence = " + sequence,
            "truncate audit_entry",
            "alter table audit_entry disable trigger audit_entry_append_only",
            "alter table audit_entry disable trigger all",
            "drop trigger audit_entry_append_only on audit_entry",
            "update audit_anchor set link = link",
            "delete from audit_anchor",
            "create table intruder (id int)",
            "alter table audit_entry add column note varchar(10)",
            "alter table application add column note varchar(10)",
            "drop table audit_chain_head",
            "delete from flyway_schema_history")) {
      SQLException refused =
          assertThrows(SQLException.class, () -> execute(forbidden), "allowed: " + forbidden);
      assertEquals(
          INSUFFICIENT_PRIVILEGE, refused.getSQLState(), forbidden + ": " + refused.getMessage());
    }
    assertEquals(1, count("select count(*) from audit_entry where sequence = " + sequence));
  }

  /** One statement on a connection of its own (a refused statement aborts its transaction). */
  void execute(String sql) throws SQLException {
    try (Connection db = dataSource.getConnection();
        Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection db = dataSource.getConnection();
        Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
