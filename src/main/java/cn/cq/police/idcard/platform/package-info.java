/**
 * What every component shares below the business: the data source (configured through MicroProfile
 * Config so one war runs on H2 and PostgreSQL), Flyway migrations at start-up, and the stations'
 * clock, and {@code ChangeRefused}: how every administration screen says no without storing
 * anything.
 */
package cn.cq.police.idcard.platform;
