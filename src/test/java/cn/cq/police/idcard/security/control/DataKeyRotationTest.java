package cn.cq.police.idcard.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.FreshDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rotation on H2 with every migration: rows stored in clear before V32 are sealed and indexed,
 * and a second key then takes over every value, which still opens to what was stored.
 */
class DataKeyRotationTest {

  private static final String ID_NUMBER = "500101199001011237";
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 7, 7};

  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void clearRowsAreSealedThenEveryValueMovesToTheNewKey(CryptoSuite suite) throws SQLException {
    try (FreshDatabase database = FreshDatabase.migratedTo("30")) {
      Connection connection = database.connection();
      try (Statement insert = connection.createStatement()) {
        insert.executeUpdate(
            "insert into receipt (receipt_number, citizen_id_number, name, sex, ethnicity_code,"
                + " birth_date, household_region_code, household_address, issue_date,"
                + " photo_check, photo_sha256, centre_signature, status, received_at, version)"
                + " values ('R1', '"
                + ID_NUMBER
                + "', '张三', 'MALE', '01', date '1990-01-01', '500101', '重庆市渝中区1号',"
                + " date '2026-01-01', 'PASSED', 'x', 'sig', 'AVAILABLE', timestamp"
                + " '2026-01-01 09:00:00', 0)");
      }
      long receiptId = single(connection, "select id from receipt").getLong(1);
      try (PreparedStatement photo =
          connection.prepareStatement(
              "insert into receipt_photo (receipt_id, jpeg) values (?, ?)")) {
        photo.setLong(1, receiptId);
        photo.setBytes(2, JPEG);
        photo.executeUpdate();
      }
      database.migrateTo("latest");
      assertEquals(1, single(connection, DataKeyRotation.UNINDEXED_ROWS).getLong(1));

      PersonalDataKeyring first = TestKeyrings.of(suite, 1);
      Map<String, Long> sealed = new DataKeyRotation(first, 2, false).rotate(connection);
      assertEquals(1, sealed.get("receipt"));
      assertEquals(1, sealed.get("receipt_photo"));
      assertStored(connection, first, "k1:");
      assertEquals(0, single(connection, DataKeyRotation.UNINDEXED_ROWS).getLong(1));

      PersonalDataKeyring second = TestKeyrings.of(suite, 2);
      assertEquals(2, new DataKeyRotation(second, 2, false).remaining(connection));
      Map<String, Long> rotated = new DataKeyRotation(second, 2, false).rotate(connection);
      assertEquals(1, rotated.get("receipt"));
      assertEquals(0, new DataKeyRotation(second, 2, false).remaining(connection));
      assertStored(connection, second, "k2:");
      assertEquals(
          0,
          new DataKeyRotation(second, 2, false)
              .rotate(connection).values().stream().mapToLong(Long::longValue).sum(),
          "nothing left to do");
    }
  }

  private static void assertStored(Connection connection, PersonalDataKeyring ring, String prefix)
      throws SQLException {
    ResultSet receipt =
        single(
            connection,
            "select citizen_id_number, name, household_address, citizen_id_index from receipt");
    assertTrue(receipt.getString(1).startsWith(prefix));
    assertEquals(ID_NUMBER, ring.open(receipt.getString(1), "citizen-id"));
    assertEquals("张三", ring.open(receipt.getString(2), "name"));
    assertEquals("重庆市渝中区1号", ring.open(receipt.getString(3), "address"));
    assertEquals(ring.index(ID_NUMBER), receipt.getString(4));
    byte[] photo = single(connection, "select jpeg from receipt_photo").getBytes(1);
    assertTrue(new String(photo, 0, 3, java.nio.charset.StandardCharsets.US_ASCII).equals(prefix));
    assertArrayEquals(JPEG, ring.open(photo, "photo"));
  }

  private static ResultSet single(Connection connection, String sql) throws SQLException {
    ResultSet row = connection.createStatement().executeQuery(sql);
    assertTrue(row.next());
    return row;
  }
}
