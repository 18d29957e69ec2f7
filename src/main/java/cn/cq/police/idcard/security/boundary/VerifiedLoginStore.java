package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The identity store for a login whose password and second factor were both checked (a {@link
 * VerifiedLogin}): the account must still be enabled, and its groups are those of the database
 * identity store (the same {@code staff_group} query). Every other credential is not its business.
 */
@ApplicationScoped
public class VerifiedLoginStore implements IdentityStore {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof VerifiedLogin login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!isEnabled(connection, login.username())) {
        return CredentialValidationResult.INVALID_RESULT;
      }
      return new CredentialValidationResult(
          login.username(), groupsOf(connection, login.username()));
    } catch (SQLException e) {
      throw new IllegalStateException("The staff accounts cannot be read", e);
    }
  }

  private static boolean isEnabled(Connection connection, String username) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(SecurityConfiguration.CALLER_QUERY)) {
      query.setString(1, username);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static Set<String> groupsOf(Connection connection, String username) throws SQLException {
    Set<String> groups = new HashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(SecurityConfiguration.GROUPS_QUERY)) {
      query.setString(1, username);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          groups.add(rows.getString(1));
        }
      }
    }
    return groups;
  }
}
