package cn.cq.police.idcard.review.control;

import jakarta.ejb.ApplicationException;

/** Why a decision cannot be taken as asked; nothing changed. Message: {@code review.<problem>}. */
@ApplicationException(rollback = true)
public class DecisionRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public enum Problem {
    WRONG_PASSWORD,
    PASSWORD_MISSING,
    SECOND_FACTOR_MISSING,
    SECOND_FACTOR_WRONG,
    LOCKED_OUT,
    OWN_APPLICATION,
    NOT_AWAITING_DECISION,
    NOT_RETURNED,
    REASON_MISSING,
    NOTE_MISSING,
    DAY_CLOSED,
    NOT_FOUND,
    NO_PENDING_EXEMPTION,
    NOTHING_TO_VOID,
    EXEMPTION_PENDING,
    UNDECIDED_LEFT,
    ALREADY_CLOSED,
    NOT_CLOSED,
    FEE_NOT_COLLECTED,
    FEE_METHOD_MISSING,
    FEE_RECEIPT_MISSING,
    FEE_RECEIPT_INVALID,
    FEE_RECEIPT_TAKEN,
    FIELD_NOT_RETURNED,
    CORRECTION_MISSING
  }

  private final Problem problem;

  public DecisionRefused(Problem problem) {
    super(problem.name());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
