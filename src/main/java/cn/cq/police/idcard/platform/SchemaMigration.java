package cn.cq.police.idcard.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema:
 * EclipseLink never creates or alters tables. The data source is declared here with MicroProfile
 * Config placeholders so the same war runs on the embedded H2 file database and on PostgreSQL by
 * setting {@code DB_URL}, {@code DB_CLASS}, {@code DB_USER} and {@code DB_PASSWORD}.
 *
 * <p>Least privilege: with {@code db.migration.user} (and {@code db.migration.password}) set to the
 * schema owner, Flyway migrates as the owner and then grants the application's role ({@code
 * db.user}) what {@code db/grants/postgresql-app-role.sql} lists: reading and writing the tables,
 * but only appending to and reading the audit trail, and no DDL. Unset, the application's account
 * migrates, as on H2 and in one-role set-ups.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "${MPCONFIG=db.class}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    // Every connection is checked (JDBC 4 isValid, one round trip) before the pool hands it out,
    // and one found broken empties the pool. Without it, after a PostgreSQL restart a member kept
    // handing out connections the server had closed and failed every request until restarted.
    // At most once a second per connection, though: Payara loads the validation class on every
    // check, which was 8 % of the CPU of a clerk's look-up under load (docs/benchmarks.md).
    properties = {
      "fish.payara.validate-atmost-once-period-in-seconds=1",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/idcard";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /** Granted by the owner to the application's role after each migration, on PostgreSQL. */
  static final String APP_ROLE_GRANTS = "db/grants/postgresql-app-role.sql";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "db.url")
  String url;

  @Inject
  @ConfigProperty(name = "db.user")
  String user;

  /**
   * The schema owner, who migrates; unset: the application's own account (H2, one-role set-ups).
   */
  @Inject
  @ConfigProperty(name = "db.migration.user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "db.migration.password")
  Optional<String> migrationPassword;

  @PostConstruct
  void migrate() {
    boolean separateOwner =
        migrationUser.filter(owner -> !owner.isBlank() && !owner.equals(user)).isPresent();
    FluentConfiguration configuration =
        Flyway.configure(SchemaMigration.class.getClassLoader()).locations(locations());
    Flyway flyway =
        (separateOwner
                ? configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(""))
                : configuration.dataSource(dataSource))
            .load();
    MigrateResult result = flyway.migrate();
    if (separateOwner) {
      grantToApplication(flyway);
    }
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The owner grants the application's role what it needs, no more (PostgreSQL only). */
  private void grantToApplication(Flyway flyway) {
    try (Connection owner = flyway.getConfiguration().getDataSource().getConnection();
        Statement statement = owner.createStatement()) {
      if (!owner.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
        return;
      }
      for (String grant : grants(user)) {
        statement.execute(grant);
      }
      LOG.info(() -> "Privileges of the application's role " + user + " granted by the owner");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot grant the application's role its privileges", e);
    }
  }

  /** The grant statements for that role, its name quoted as an identifier. */
  static List<String> grants(String appRole) {
    String quoted = "\"" + appRole.replace("\"", "\"\"") + "\"";
    try (InputStream file =
        SchemaMigration.class.getClassLoader().getResourceAsStream(APP_ROLE_GRANTS)) {
      String script = new String(file.readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(script.replaceAll("(?m)^--.*$", "").split(";"))
          .map(String::strip)
          .filter(statement -> !statement.isEmpty())
          .map(statement -> statement.replace("${app_role}", quoted))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      return locations(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException unreachable) {
      throw new IllegalStateException("Cannot reach the database to migrate it", unreachable);
    }
  }

  /**
   * The portable migrations, plus those only PostgreSQL can express (such as the trigger that keeps
   * the audit trail append-only).
   */
  public static String[] locations(String databaseProductName) {
    return databaseProductName.startsWith("PostgreSQL")
        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
        : new String[] {"classpath:db/migration"};
  }
}
