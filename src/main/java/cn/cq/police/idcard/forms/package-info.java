/**
 * The official forms as PDF, from JasperReports sources in {@code reports/} that the build
 * compiles; nothing is compiled per request. Forms are always in Chinese, whatever the language of
 * the screen: their fixed wording is in the report sources, and the words for the product's closed
 * sets (statuses, types, payment methods, fingers, ...) come from the Chinese resource bundle under
 * the keys the screens use ({@code OfficialTerms}), so paper and screen say a thing with one word
 * and no enum name reaches paper. A fee receipt exists only for money charged. Every printing is
 * recorded (who, when, which form) and audited, and a caller only ever prints their own station's
 * forms.
 *
 * <p>A form prints figures, it does not compute them: the daily reports take the review component's
 * summary of the day, the one the close screen shows, and even their totals are passed in rather
 * than re-added by the report, so paper and screen cannot drift apart.
 *
 * <p>The form data records carry the other components' value types ({@code AcceptanceNumber},
 * {@code Amount}); the renderer hands the reports their printed text ({@code value()}, {@code
 * yuan()}, {@code chineseCapital()}), and the daily reports' lines expose the {@code Amount}
 * itself, so the JRXML formats money with the same method as the screens.
 */
package cn.cq.police.idcard.forms;
