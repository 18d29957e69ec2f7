package cn.cq.police.idcard.proxies.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.FreshDatabase;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one list of proxy refusal reasons: who gives which, their labels in both languages, and that
 * the database stores exactly these names, including those stored before they were one list.
 */
class RefusalReasonTest {

  /** What the counter offered a clerk (and stored) while the reasons were a backing bean's enum. */
  private static final List<String> STORED_BEFORE_V15 =
      List.of(
          "NOT_ELIGIBLE_UNDER_POLICY",
          "AGENT_ID_NOT_MATCHING",
          "SIGNATURES_MISSING",
          "RELATIONSHIP_NOT_PROVEN",
          "UNDERTAKING_REFUSED",
          "VIDEO_CALL_FAILED",
          "OTHER");

  private static final Properties ENGLISH = bundle("i18n/messages.properties");
  private static final Properties CHINESE = bundle("i18n/messages_zh.properties");

  private static Properties bundle(String resource) {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            RefusalReasonTest.class.getClassLoader().getResourceAsStream(resource),
            StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
    return properties;
  }

  @Test
  void thePolicysChecksComeFirstInTheOrderTheRuleRunsThem() {
    assertEquals(
        List.of(
            RefusalReason.RELATIONSHIP_NOT_ALLOWED,
            RefusalReason.APPLICANT_NOT_MINOR_OR_DISABLED,
            RefusalReason.NOT_ABROAD,
            RefusalReason.NOT_EXPIRED_RENEWAL),
        Arrays.stream(RefusalReason.values()).filter(RefusalReason::isPolicyCheck).toList());
  }

  @Test
  void aClerkGivesNeitherAPolicyCheckNorTheRetiredCodeOnTheirOwn() {
    List<RefusalReason> findings = RefusalReason.clerkFindings();
    assertEquals(
        List.of(
            RefusalReason.AGENT_ID_NOT_MATCHING,
            RefusalReason.SIGNATURES_MISSING,
            RefusalReason.RELATIONSHIP_NOT_PROVEN,
            RefusalReason.UNDERTAKING_REFUSED,
            RefusalReason.VIDEO_CALL_FAILED,
            RefusalReason.OTHER),
        findings);
    assertFalse(findings.contains(RefusalReason.NOT_ELIGIBLE_UNDER_POLICY));
    assertFalse(RefusalReason.NOT_ELIGIBLE_UNDER_POLICY.isPolicyCheck());
  }

  @ParameterizedTest
  @EnumSource(RefusalReason.class)
  void everyReasonHasAShortLabelInBothLanguages(RefusalReason reason) {
    String key = "proxy.rejection." + reason.name();
    assertTrue(ENGLISH.containsKey(key), key);
    assertTrue(CHINESE.containsKey(key), key);
  }

  @ParameterizedTest
  @EnumSource(RefusalReason.class)
  void everyPolicyCheckExplainsItselfToTheClerkInBothLanguages(RefusalReason reason) {
    String key = "proxy.refused." + reason.name();
    assertEquals(reason.isPolicyCheck(), ENGLISH.containsKey(key), key);
    assertEquals(reason.isPolicyCheck(), CHINESE.containsKey(key), key);
  }

  @Test
  void theDatabaseStoresEveryReasonAndNothingElse() throws SQLException {
    try (FreshDatabase database = FreshDatabase.migrated()) {
      for (RefusalReason reason : RefusalReason.values()) {
        storeRefusal(database.connection(), reason.name());
      }
      assertEquals(
          Arrays.stream(RefusalReason.values()).map(Enum::name).sorted().toList(),
          storedReasons(database.connection()));
      assertThrows(SQLException.class, () -> storeRefusal(database.connection(), "TOO_LATE"));
      assertThrows(SQLException.class, () -> storeRefusal(database.connection(), "not_abroad"));
    }
  }

  @Test
  void refusalsStoredBeforeV15KeepTheirReason() throws SQLException {
    try (FreshDatabase database = FreshDatabase.migratedTo("14")) {
      for (String reason : STORED_BEFORE_V15) {
        storeRefusal(database.connection(), reason);
      }
      database.migrateTo("latest");
      List<String> stored = storedReasons(database.connection());
      assertEquals(STORED_BEFORE_V15.stream().sorted().toList(), stored);
      stored.forEach(RefusalReason::valueOf);
    }
  }

  /** A refusal row whose station, receipt and clerk need not exist: only its reason matters. */
  private static void storeRefusal(Connection connection, String reason) throws SQLException {
    try (Statement off = connection.createStatement()) {
      off.execute("set referential_integrity false");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into proxy_refusal (station_id, receipt_id, agent_id_number, relationship,"
                + " reason, refused_at, refused_by) values (1, 1, '110101199003077777', 'SPOUSE',"
                + " ?, ?, 1)")) {
      insert.setString(1, reason);
      insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.of(2026, 3, 2, 9, 0)));
      insert.executeUpdate();
    } finally {
      try (Statement on = connection.createStatement()) {
        on.execute("set referential_integrity true");
      }
    }
  }

  private static List<String> storedReasons(Connection connection) throws SQLException {
    List<String> reasons = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet rows = query.executeQuery("select reason from proxy_refusal")) {
      while (rows.next()) {
        reasons.add(rows.getString(1));
      }
    }
    return reasons.stream().sorted().toList();
  }
}
