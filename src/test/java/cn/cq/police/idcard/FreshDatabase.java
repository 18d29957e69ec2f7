package cn.cq.police.idcard;

import cn.cq.police.idcard.platform.SchemaMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A private in-memory H2 database in the mode the product runs H2 in, brought up by Flyway with the
 * product's own migrations: for plain tests of the schema and of SQL, without a container. The
 * database lives as long as this object is open.
 */
public final class FreshDatabase implements AutoCloseable {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final String url = "jdbc:h2:mem:fresh" + NEXT.incrementAndGet() + ";MODE=LEGACY";

  /** Held open so that the in-memory database outlives Flyway's own connections. */
  private final Connection connection;

  private FreshDatabase() throws SQLException {
    connection = DriverManager.getConnection(url, "sa", "");
  }

  /** A database with every migration applied. */
  public static FreshDatabase migrated() throws SQLException {
    FreshDatabase database = new FreshDatabase();
    database.migrateTo("latest");
    return database;
  }

  /** A database migrated up to and including the given version only, e.g. {@code "14"}. */
  public static FreshDatabase migratedTo(String version) throws SQLException {
    FreshDatabase database = new FreshDatabase();
    database.migrateTo(version);
    return database;
  }

  /** Applies the migrations after the current version up to the given one, or "latest". */
  public void migrateTo(String version) throws SQLException {
    Flyway.configure(FreshDatabase.class.getClassLoader())
        .dataSource(url, "sa", "")
        .locations(SchemaMigration.locations(connection.getMetaData().getDatabaseProductName()))
        .target(version)
        .load()
        .migrate();
  }

  public Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
