/**
 * The supervisor's insight into their own station: the dashboard (today's and this month's
 * throughput, median and 90th-percentile waits from look-up to submit and from submit to
 * collection, refusal and return reasons, per-clerk figures) and the anomaly signals (one agent for
 * many applicants, many voids or exemptions by one clerk, receipts looked up but never used,
 * applications stuck in a status, look-ups outside the jurisdiction).
 *
 * <p>Decisions: every figure is aggregated by the database (group-by, having, {@code
 * percentile_cont}), never by loading rows, so a page costs a few dozen result rows whatever the
 * station's history. The queries are plain JDBC classes in {@code control} that take a connection,
 * so the application and the command-line benchmark ({@code InsightBenchmark}) run the same SQL;
 * the only dialect difference between H2 and PostgreSQL (seconds between two timestamps) is in
 * {@code SqlDialect}.
 *
 * <p>That SQL reads thirteen tables of other components, a dependency no import shows: {@code
 * ReadColumns} names every table and column it reads, the queries write them only as references it
 * resolves (an unnamed one fails when the statement is built), and {@code ReadColumnsTest} runs all
 * migrations on a fresh H2 and fails when one of them is gone. A migration that drops or renames
 * such a column changes the queries and that list with it. The receipt look-up log it reads is
 * written by the {@code applications} component at each look-up, with the household region of the
 * receipt found (never anything of the ID number, whose first six digits are only where it was
 * first issued). Agent ID numbers leave the queries masked. The acceptance and receipt numbers in
 * the signals' cases stay strings, as the SQL reads them: they are only shown and linked, they are
 * stored as JSON with the report, and typing them would make this component import the others'
 * classes as well as read their tables.
 *
 * <p>The signals are computed daily by {@code AnomalyWatch} ({@code @Schedule}) and on demand, with
 * thresholds in MicroProfile Config; the latest report per station is kept in {@code
 * anomaly_report}, so every cluster member shows the same. The figures of a month's complete days
 * are stored once ({@code DashboardDays}) in a transaction of their own, so that two members
 * storing the same day at once cost the loser only that attempt; it is an inner unit of work of
 * {@code Insights}, the entry point that decides who may see a dashboard, so it is a control bean
 * with {@code @Transactional(REQUIRES_NEW)} and no access rule of its own. What this component
 * writes is only its own figures and reports, which can always be computed again: it changes
 * nothing of the other components and records no audit entries.
 */
package cn.cq.police.idcard.insight;
