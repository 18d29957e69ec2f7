package cn.cq.police.idcard.receipts.control;

import java.util.List;

/**
 * What the intake did with each item of a request, in request order.
 *
 * @param acceptValid whether valid items were stored although others were refused
 */
public record IntakeReport(boolean acceptValid, List<Item> items) {

  /** The fate of one item. */
  public enum Outcome {
    STORED,
    ALREADY_PRESENT,
    REJECTED,
    /** Valid, but its all-or-nothing batch was refused because of another item. */
    NOT_STORED
  }

  /**
   * @param receiptNumber as sent (normalized when valid); may be null when absent
   * @param rejection why, for REJECTED and NOT_STORED; null otherwise
   */
  public record Item(int index, String receiptNumber, Outcome outcome, Rejection rejection) {}

  public long count(Outcome outcome) {
    return items.stream().filter(item -> item.outcome() == outcome).count();
  }

  /** Whether an all-or-nothing batch was refused as a whole. */
  public boolean refused() {
    return count(Outcome.NOT_STORED) > 0 || (!acceptValid && count(Outcome.REJECTED) > 0);
  }

  /** Whether every rejected item is a conflict with an earlier delivery (answered 409). */
  public boolean onlyConflicts() {
    return items.stream()
        .filter(item -> item.outcome() == Outcome.REJECTED)
        .allMatch(item -> item.rejection().reason() == IntakeReason.CONFLICT);
  }
}
