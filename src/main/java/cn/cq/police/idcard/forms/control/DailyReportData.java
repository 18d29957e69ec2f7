package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.audit.control.Anchor;
import cn.cq.police.idcard.review.control.DaySummary;

/**
 * One station's day as the 每日受理汇总表 and, with the receipt list, number check and sign-off, the 日结单
 * print it. The figures are the review component's {@link DaySummary}, the same the close screen
 * shows; the forms only put them into words.
 *
 * @param stationName 单位
 * @param preparedBy 制表人, the supervisor who printed the report
 * @param figures the day's summary
 * @param auditAnchor the signed anchor of the audit chain made when the day was closed (the 日结单
 *     prints its digest and fingerprint), or null while the day is not closed
 */
public record DailyReportData(
    String stationName, String preparedBy, DaySummary figures, Anchor auditAnchor) {

  public DailyReportData(String stationName, String preparedBy, DaySummary figures) {
    this(stationName, preparedBy, figures, null);
  }
}
