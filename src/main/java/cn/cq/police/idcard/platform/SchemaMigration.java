package cn.cq.police.idcard.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema:
 * EclipseLink never creates or alters tables. The data source is declared here with MicroProfile
 * Config placeholders so the same war runs on the embedded H2 file database and on PostgreSQL by
 * setting {@code DB_URL}, {@code DB_CLASS}, {@code DB_USER} and {@code DB_PASSWORD}.
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
    properties = {
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

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
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
