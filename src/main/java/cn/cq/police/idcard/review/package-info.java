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
 */
package cn.cq.police.idcard.review;
