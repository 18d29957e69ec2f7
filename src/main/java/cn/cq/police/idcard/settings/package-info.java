/**
 * Settings an administrator changes while the application runs, kept in the {@code setting} table.
 * A setting without a row has the value MicroProfile Config gives it, so a fresh installation
 * behaves as configured and the database only records deliberate changes. Read on every use (one
 * primary-key look-up), so every cluster member sees a change at once.
 */
package cn.cq.police.idcard.settings;
