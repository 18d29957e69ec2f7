package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.boundary.AuditTool;
import cn.cq.police.idcard.security.control.DataKeyRotation;
import cn.cq.police.idcard.security.control.PersonalDataKeyring;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Re-seals the database's personal data under the current personal-data key ({@code
 * bin/rotate-data-key}), with the application running. The keys come from the same settings as the
 * application's, as system properties or environment variables ({@code SECURITY_PERSONAL_DATA_KEY},
 * {@code SECURITY_PERSONAL_DATA_KEY_ID}, {@code SECURITY_PERSONAL_DATA_RETIRED_KEYS}, {@code
 * SECURITY_PERSONAL_DATA_INDEX_KEY}, {@code SECURITY_CRYPTO_SUITE}); {@code --demo} falls back to
 * the war's published demo values. Exit code 0 when no row is left under another key, 1 otherwise,
 * 2 for usage.
 *
 * <pre>
 * java -cp "target/classes:target/idcard-counter/WEB-INF/lib/*" \
 *   cn.cq.police.idcard.security.boundary.DataKeyTool --url JDBC_URL [--user U] [--password P] \
 *   [--batch 500] [--reindex true] [--demo true]
 * </pre>
 */
public final class DataKeyTool {

  private DataKeyTool() {}

  public static void main(String[] args) throws SQLException, IOException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (!options.containsKey("url")) {
      System.err.println(
          "usage: DataKeyTool --url JDBC_URL [--user U] [--password P] [--batch N]"
              + " [--reindex true] [--demo true]");
      System.exit(2);
    }
    Properties published = new Properties();
    if (Boolean.parseBoolean(options.get("demo"))) {
      try (InputStream in =
          DataKeyTool.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
        published.load(in);
      }
    }
    PersonalDataKeyring keyring =
        PersonalDataKeyring.fromSettings(PersonalDataKeyring.settings(published));
    DataKeyRotation rotation =
        new DataKeyRotation(
            keyring,
            Integer.parseInt(options.getOrDefault("batch", "500")),
            Boolean.parseBoolean(options.get("reindex")));
    String url = options.get("url");
    try (Connection db = DriverManager.getConnection(url, AuditTool.credentials(url, options))) {
      long started = System.nanoTime();
      Map<String, Long> changed = rotation.rotate(db);
      changed.forEach((table, rows) -> System.out.println(table + ": " + rows + " rows re-sealed"));
      long left = rotation.remaining(db);
      System.out.printf(
          "Current key %s (%s); %d rows left under another key; %.1f s%n",
          keyring.currentKeyId(),
          keyring.suite().label(),
          left,
          (System.nanoTime() - started) / 1e9);
      System.exit(left == 0 ? 0 : 1);
    }
  }
}
