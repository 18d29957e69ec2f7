/**
 * The supervisor's review of the station's applications: the review list, decisions (approve,
 * return for correction, hold as suspected fraud, fee exemptions, voids) with re-authentication,
 * the clerk's resubmission, and the daily close.
 */
package cn.cq.police.idcard.review;
