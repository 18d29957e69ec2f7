package cn.cq.police.idcard.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.audit.control.AuditVerifier;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit chain on a real database: concurrent appends never fork it, the verifier (and the
 * command-line tool) name the first entry changed directly in the database, and on PostgreSQL the
 * database itself refuses to change an entry.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class AuditChainIT {

  static final Actor CLERK = new Actor("audit.it", "CLERK", "500103510001");

  @Inject AuditRecorder recorder;

  @Inject AuditVerifier verifier;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Test
  void concurrentAppendsMakeOneUnbrokenChain() {
    List<CompletableFuture<AuditEntry>> appends = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      appends.add(
          CompletableFuture.supplyAsync(
              () -> recorder.record(CLERK, AuditEvent.of("test.concurrent", "test", n)), executor));
    }
    List<Long> sequences =
        appends.stream().map(CompletableFuture::join).map(AuditEntry::getSequence).toList();
    assertEquals(40, sequences.stream().distinct().count(), "every append got its own place");
    ChainVerdict verdict = verifier.verify();
    assertTrue(verdict.isIntact(), verdict.toString());
  }

  @Test
  void theVerifierNamesTheEntryTamperedWithInTheDatabase() throws SQLException {
    List<AuditEntry> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      written.add(
          recorder.record(
              CLERK,
              AuditEvent.of("application.submitted", "application", 9000 + i)
                  .withAfter("status=SUBMITTED")));
    }
    assertTrue(verifier.verify().isIntact());
    AuditEntry victim = written.get(2);
    try (Connection app = dataSource.getConnection();
        Connection db = ownerConnection(dataSource)) {
      boolean postgres = db.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
      if (postgres) {
        // The application's own database user cannot change an entry ...
        assertThrows(SQLException.class, () -> setAfterState(app, victim, "status=REJECTED"));
        assertTrue(verifier.verify().isIntact());
        // ... so the attacker here is the schema owner, who can switch the guard off.
        guard(db, false);
      }
      setAfterState(db, victim, "status=REJECTED");
      try {
        ChainVerdict verdict = verifier.verify();
        assertFalse(verdict.isIntact());
        assertEquals(victim.getSequence(), verdict.firstBroken().getAsLong());
        assertEquals(ChainVerdict.Break.ENTRY_CHANGED, verdict.reason());
        ChainVerdict fromCommandLine = AuditTool.verify(db);
        assertEquals(verdict.firstBroken(), fromCommandLine.firstBroken());
        assertTrue(
            AuditTool.describe(fromCommandLine).contains("entry " + victim.getSequence()),
            AuditTool.describe(fromCommandLine));
      } finally {
        // Put it back, so other tests sharing the database see an intact chain.
        setAfterState(db, victim, victim.getAfter());
        if (postgres) {
          guard(db, true);
        }
      }
      assertTrue(verifier.verify().isIntact());
    }
  }

  /**
   * The schema owner's connection where the run separates the roles (least privilege on PostgreSQL:
   * {@code db.migration.user}), else the application's.
   */
  static Connection ownerConnection(DataSource dataSource) throws SQLException {
    var config = ConfigProvider.getConfig();
    var owner = config.getOptionalValue("db.migration.user", String.class);
    if (owner.isPresent()) {
      try {
        // Registers the driver from the war's libraries with DriverManager.
        Class.forName("org.postgresql.Driver");
      } catch (ClassNotFoundException e) {
        throw new SQLException(e);
      }
      return DriverManager.getConnection(
          config.getValue("db.url", String.class),
          owner.get(),
          config.getValue("db.migration.password", String.class));
    }
    return dataSource.getConnection();
  }

  static void setAfterState(Connection db, AuditEntry entry, String state) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("update audit_entry set after_state = ? where sequence = ?")) {
      update.setString(1, state);
      update.setLong(2, entry.getSequence());
      assertEquals(1, update.executeUpdate());
    }
  }

  static void guard(Connection db, boolean on) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.execute(
          "alter table audit_entry "
              + (on ? "enable" : "disable")
              + " trigger audit_entry_append_only");
    }
  }
}
