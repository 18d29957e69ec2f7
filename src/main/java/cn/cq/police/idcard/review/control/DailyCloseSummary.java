package cn.cq.police.idcard.review.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a supervisor signs at the daily close: counts by type and status, fees by payment
 * method (voids excluded, listed apart), the fee receipt series with gaps, and the applications
 * still waiting for a decision.
 */
public record DailyCloseSummary(
    LocalDate day,
    List<Count> byType,
    List<Count> byStatus,
    List<Fee> feesByMethod,
    long totalFen,
    List<FeeReceiptReconciliation.Series> receiptSeries,
    List<String> voidedReceipts,
    List<Undecided> undecided) {

  public record Count(String key, long count) {}

  public record Fee(String method, long count, long amountFen) {}

  public record Undecided(Long applicationId, String acceptanceNumber, String status) {}

  /** The summary as stored with the close: short, readable, no personal data. */
  public String asText() {
    return "day=%s; byType=%s; byStatus=%s; fees=%s; totalFen=%d; receiptSeries=%s; voided=%s;"
            .formatted(
                day,
                byType.stream().map(c -> c.key() + ":" + c.count()).toList(),
                byStatus.stream().map(c -> c.key() + ":" + c.count()).toList(),
                feesByMethod.stream()
                    .map(f -> f.method() + ":" + f.count() + "/" + f.amountFen())
                    .toList(),
                totalFen,
                receiptSeries.stream()
                    .map(
                        s ->
                            s.prefix()
                                + s.first()
                                + "-"
                                + s.last()
                                + " missing "
                                + s.missingCount())
                    .toList(),
                voidedReceipts)
        + " carriedOver="
        + undecided.stream().map(Undecided::acceptanceNumber).toList();
  }
}
