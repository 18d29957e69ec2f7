/**
 * The public progress query (issue 19, first part): a resident — no account, no login — gives the
 * acceptance number (受理号) from the collection voucher and the last six characters of the
 * applicant's citizen ID number, on the page {@code /progress.xhtml} or as JSON at {@code POST
 * /api/progress}, and learns where the application stands, the promised pickup date and the
 * station's name, address and office hours. Nothing else: no name, photo, ID number, fee or
 * history.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>Plain words, fewer stages.</b> {@code CitizenProgress} maps the station's statuses to
 *       受理中, 审核中, 制证中, 已到所待领, 已领取, 退回需补正 and 已撤销 ({@code ProgressStage}). A fraud hold reads 审核中
 *       like any other supervisor's hold. A return for correction (status 退回修改 for the staff) reads
 *       退回需补正 only when the resident must bring something ({@code ToBring}, from the return reason
 *       and the fields named); a return the clerk corrects from the station's own records (type,
 *       agent's phone, fee receipt) stays 审核中. A rejection by the production centre reads 退回需补正
 *       with "ask at the station": the centre's reason and the supervisor's note are never shown,
 *       they are written for staff. A card mailed home (邮寄送证) reads 已到所待邮寄 once at the station,
 *       then 已邮寄 and 已签收 with its tracking number (read from the mailing component after the pair
 *       matched, so a wrong pair does no extra work); never the recipient or the address.
 *   <li><b>A wrong pair is an unknown number.</b> Both get the same answer (page text, HTTP status
 *       and body byte for byte) after the same work: one look-up by number, one constant-time
 *       comparison of the suffix (against a suffix nobody has when there is no application), one
 *       count against the number.
 *   <li><b>Throttled in the database</b> ({@code ProgressThrottle}, table {@code
 *       progress_query_throttle}, V28), so every cluster member counts alike: per client address
 *       (as {@code web/ForwardedRequests} determines it: behind a trusted proxy the forwarded one)
 *       every query, malformed ones too; per acceptance number every wrong pair, for numbers that
 *       exist or not. Once a number has had its wrong tries it is refused for a while even with the
 *       right suffix, so guessing is hopeless: with the defaults (5 wrong within a day, then a
 *       day's block) a number gets at most 5 guesses a day, against some 300,000 possible suffixes
 *       (day of birth, sequence, check character); even someone who knows the applicant's birth
 *       date, region and sex has about 500 candidates left, some 100 days of guessing on average,
 *       for a status and a station's address. The price: anyone can pause the queries of a number
 *       they know for a day; the resident can still ask at the station.
 *   <li><b>The suffix never reaches a log</b> with the number: queries are not audited (they change
 *       nothing), only a number's block is logged, by number alone; the query's {@code toString}
 *       hides the suffix; the API takes a POST body, so it never stands in a URL.
 *   <li><b>The query address</b> ({@code QueryAddress}: {@code progress.query-url}, else {@code
 *       app.public-url} + {@code progress.xhtml}) is printed on the collection voucher as text (the
 *       voucher's QR code stays the pickup code the clerk scans) and shown on the counter with the
 *       acceptance number.
 * </ul>
 */
package cn.cq.police.idcard.progress;
