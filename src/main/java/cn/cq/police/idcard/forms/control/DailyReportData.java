package cn.cq.police.idcard.forms.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of one station's day, printed as the 每日受理汇总表 and, with the receipt list and sign-off, as
 * the 日结单.
 *
 * @param stationName 单位
 * @param date the business day reported
 * @param countsByType applications accepted per type, e.g. ("首次申领", 12), in print order
 * @param countsByStatus the day's applications per current status, e.g. ("已受理", 30)
 * @param fees fees received per payment method, including an exempted line ("免收", n, 0) if any
 * @param feeReceiptNumbers every fee receipt issued that day, in issue order (daily close only)
 * @param preparedBy 制表人, the clerk who printed the report
 */
public record DailyReportData(
    String stationName,
    LocalDate date,
    List<CountRow> countsByType,
    List<CountRow> countsByStatus,
    List<FeeRow> fees,
    List<String> feeReceiptNumbers,
    String preparedBy) {

  /** One counted line: a label in words and how many. */
  public record CountRow(String label, long count) {}

  /** Fees of one payment method: how many payments and their sum in fen. */
  public record FeeRow(String method, long count, long amountFen) {}

  public DailyReportData {
    countsByType = List.copyOf(countsByType);
    countsByStatus = List.copyOf(countsByStatus);
    fees = List.copyOf(fees);
    feeReceiptNumbers = List.copyOf(feeReceiptNumbers);
  }

  public long totalFeeFen() {
    return fees.stream().mapToLong(FeeRow::amountFen).sum();
  }
}
