/**
 * Authentication declared in one place ({@code SecurityConfiguration}): Jakarta Security custom
 * form login, the database identity store and PBKDF2 password hashes. Authorisation is by role on
 * URL folders (web.xml) and on every boundary ({@code @RolesAllowed}).
 */
package cn.cq.police.idcard.security;
