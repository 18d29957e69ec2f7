package cn.cq.police.idcard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The owner's grants to the application's role, as SchemaMigration runs them on PostgreSQL. */
class SchemaMigrationTest {

  @Test
  void theAuditTrailIsOnlyAppendedToAndReadAndTheRoleNameIsQuoted() {
    List<String> grants = SchemaMigration.grants("idcard_app");
    assertEquals(
        "grant select, insert, update, delete on all tables in schema public to \"idcard_app\"",
        grants.get(0));
    assertTrue(
        grants.contains(
            "revoke update, delete, truncate, references, trigger on audit_entry from"
                + " \"idcard_app\""),
        grants.toString());
    assertTrue(grants.stream().noneMatch(g -> g.contains("--") || g.contains("${")));
    // A role name cannot end the statement early.
    assertTrue(
        SchemaMigration.grants("a\"; drop table x; --")
            .get(0)
            .endsWith("to \"a\"\"; drop table x; --\""));
  }
}
