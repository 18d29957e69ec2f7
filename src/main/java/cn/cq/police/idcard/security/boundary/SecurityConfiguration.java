package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.platform.SchemaMigration;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff accounts and roles from the database, passwords as PBKDF2 hashes; disabled accounts cannot
 * log in. The login form's mechanism is StaffLoginMechanism. The password is the first factor; once
 * the second is checked too, VerifiedLoginStore completes the login with the same queries.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = SchemaMigration.DATA_SOURCE,
    callerQuery = SecurityConfiguration.CALLER_QUERY,
    groupsQuery = SecurityConfiguration.GROUPS_QUERY,
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.Iterations=100000",
      "Pbkdf2PasswordHash.SaltSizeBytes=16",
      "Pbkdf2PasswordHash.KeySizeBytes=32"
    })
@DeclareRoles({
  Role.Names.CLERK,
  Role.Names.SUPERVISOR,
  Role.Names.ADMINISTRATOR,
  Role.Names.CITY_ADMINISTRATOR
})
@ApplicationScoped
public class SecurityConfiguration {

  /** The enabled account's password hash; VerifiedLoginStore asks it too. */
  static final String CALLER_QUERY =
      "select password_hash from staff_account where username = ? and enabled = true";

  /** The roles, plus CITY_ADMINISTRATOR for an administrator whose reach is the city (V18). */
  static final String GROUPS_QUERY = "select group_name from staff_group where username = ?";

  /** The same parameters as the identity store, for code that creates password hashes. */
  public static Map<String, String> passwordHashParameters() {
    return Arrays.stream(
            SecurityConfiguration.class
                .getAnnotation(DatabaseIdentityStoreDefinition.class)
                .hashAlgorithmParameters())
        .map(parameter -> parameter.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
  }
}
