/**
 * The supervisor's review of the station's applications: the review list, decisions (approve,
 * return for correction, hold as suspected fraud, fee exemptions, voids) with re-authentication,
 * the clerk's resubmission, and the daily close.
 *
 * <p>The daily close (日结) lives here whole: the closed day ({@code DayClose}, table {@code
 * day_close}), the one check whether a day is closed ({@code ClosedDays}, used by the decisions and
 * — through the applications component's {@code Submitting} event — by new submissions), closing
 * and reopening, and the screens. It sits here rather than beside the applications because closing
 * needs the decisions (undecided applications are carried over) and every decision needs the check;
 * one component keeps that without a cycle.
 *
 * <p>What a day comes to is computed once, as a {@code DaySummary}: the close screen shows it, the
 * close stores it as signed, and the forms component prints it as the 每日受理汇总表 and 日结单 without
 * adding anything up itself. Its rule is the till's: a voided fee receipt stays listed, marked, and
 * takes nothing; a free or exempted application is a fee line of 0 yuan, never left out. Its fee
 * lines, receipts and totals are the fees component's {@code Amount}s, so the screen and the PDFs
 * format the same values the same way; the text stored with a close keeps its fen figures.
 */
package cn.cq.police.idcard.review;
