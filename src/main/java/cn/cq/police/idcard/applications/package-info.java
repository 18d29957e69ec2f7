/**
 * The ID card application: from the receipt a clerk looks up at the counter to the card handed
 * over. Decides whether a receipt can start an application here and now ({@code
 * ReceiptEligibility}), because that depends on applications already made (receipt used, person
 * with an application in progress), which the receipts component must not know about. One receipt
 * serves one application, enforced by a unique constraint in the database, not only in code.
 *
 * <p>Whether a day is closed (日结) is not decided here: the daily close belongs to the review
 * component, which depends on this one. A submission announces itself with the synchronous {@code
 * Submitting} event before anything is stored, and the close refuses a closed day there, as the
 * production outbox observes {@code ApplicationReleased} — so no dependency points back up.
 *
 * <p>{@code Applications} is the counter's entry point: it carries the roles and the transaction.
 * Opening a station's acceptance counter for the day ({@code control.AcceptanceDays}) commits in a
 * transaction of its own, so that two clerks' first submits of a day cannot fail each other; it is
 * an inner unit of work of the entry points that draw acceptance numbers ({@code Applications}, the
 * temporary component's {@code TemporaryCards}, both through {@code AcceptanceDayOpening}), not an
 * entry point, so it is a control bean with {@code @Transactional(REQUIRES_NEW)} and no access rule
 * of its own ({@code LayeringTest} allows that only for classes that boundaries alone use).
 *
 * <p>The acceptance number (受理号) is an {@code AcceptanceNumber}: station code, day, four-digit
 * sequence, checked whenever one is made or read back (a converter keeps the VARCHAR column), so
 * every component — the forms, the review's daily summary, the production feed — gets a number the
 * counter could have given out. {@code AcceptanceNumbers} makes them from the day's counter row. A
 * station's day ends at 9999 numbers. What a clerk types (a search term, the look-up's receipt and
 * ID numbers in the {@code SubmitRequest}) stays a {@code String} until the control that answers a
 * malformed value with an outcome instead of an exception parses it.
 *
 * <p>The holiday calendar lives here because promised pickup dates count working days with it. A
 * year of the State Council's notice is read by {@code CalendarYearImport}, a plain class that
 * decides every rule (format, bounds, duplicates, past days) and the per-day comparison, so the
 * facade only loads the year, applies the comparison and audits it. It is read again when the
 * administrator confirms, and stored only if that is still the preview they saw.
 */
package cn.cq.police.idcard.applications;
