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
 *
 * <p>Two factors: the password page ({@code LoginBacking}) only checks the password and leaves a
 * pending login in the session; the container login ({@code SecurityContext.authenticate} with a
 * {@code VerifiedLogin}, validated by {@code VerifiedLoginStore}) happens after the second factor:
 * a one-time code ({@code SecondStepBacking}, enrolled by {@code EnrolmentBacking}) or the client
 * certificate of the request ({@code PresentedCertificates}). The checks themselves are control
 * ({@code SecondFactorChecks}), shared with sign-offs ({@code Reauthentication}); a code is taken
 * once, only for a step later than the account's last accepted one.
 */
package cn.cq.police.idcard.security;
