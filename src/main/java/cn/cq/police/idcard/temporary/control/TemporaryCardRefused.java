package cn.cq.police.idcard.temporary.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Why a temporary card cannot be issued (or handed over) as asked. Nothing has been stored: the
 * transaction rolls back. The clerk sees {@code temporary.refused.<problem>}, or for a receipt the
 * look-up's own message.
 */
@ApplicationException(rollback = true)
public class TemporaryCardRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Each has a message in the resource bundle. */
  public enum Problem {
    /** Details: the look-up outcome. */
    RECEIPT_NOT_USABLE,
    /** Details: the valid card's number and its last day. */
    ALREADY_VALID,
    REASON_MISSING,
    REASON_NOTE_MISSING,
    FEE_METHOD_MISSING,
    FEE_RECEIPT_MISSING,
    FEE_RECEIPT_INVALID,
    /** Details: the fee receipt number. */
    FEE_RECEIPT_TAKEN,
    DAY_CLOSED,
    CARD_NOT_FOUND,
    ALREADY_HANDED_OVER
  }

  private final Problem problem;
  private final List<String> details;

  public TemporaryCardRefused(Problem problem, String... details) {
    super(problem.name());
    this.problem = problem;
    this.details = List.of(details);
  }

  public Problem problem() {
    return problem;
  }

  /** Message arguments, or the look-up outcome that explains a receipt refusal. */
  public List<String> details() {
    return details;
  }
}
