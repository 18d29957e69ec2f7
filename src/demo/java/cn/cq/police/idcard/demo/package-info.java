/**
 * Demo and benchmark data. The generator is a pure function of (seed, index), so tests regenerate
 * exactly what the application loaded, and bulk loads stream millions of receipts without holding
 * them. Writing is plain batched JDBC for speed; only the start-up loader is container code, and it
 * runs only when {@code demo.data.enabled} is set and the database is empty. The start-up beans
 * declare {@code @PermitAll}, as every boundary bean says who may call it: only the container does.
 */
package cn.cq.police.idcard.demo;
