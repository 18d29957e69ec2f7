/**
 * Authentication declared in one place ({@code SecurityConfiguration}): Jakarta Security custom
 * form login, the database identity store and PBKDF2 password hashes. Authorisation is by role on
 * URL folders (web.xml) and on every boundary ({@code @RolesAllowed}).
 *
 * <p>Staff accounts are administered here ({@code StaffAccounts}), not in {@code stations}, because
 * creating and resetting an account means hashing a password with the identity store's parameters.
 * An administrator never chooses a password: a random temporary one is shown once and the account
 * must replace it ({@code PasswordChangeRequired} keeps it on the password page). Own passwords
 * follow {@code PasswordPolicy}; earlier hashes in {@code password_history} keep the last five from
 * coming back.
 */
package cn.cq.police.idcard.security;
