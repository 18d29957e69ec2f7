package cn.cq.police.idcard.applications.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Why an application cannot be submitted (or handed over) as asked. Nothing has been stored: the
 * transaction rolls back. The clerk sees the message {@code submit.<problem>}, or for a receipt
 * that is no longer usable the look-up's own message.
 */
@ApplicationException(rollback = true)
public class SubmissionRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Each has a message in the resource bundle. */
  public enum Problem {
    RECEIPT_NOT_USABLE,
    PROXY_NOT_ELIGIBLE,
    AGENT_NAME_MISSING,
    AGENT_ID_MISSING,
    AGENT_IS_APPLICANT,
    AGENT_PHONE_INVALID,
    LETTER_DATE_INVALID,
    DELEGATED_MATTER_MISSING,
    CHECKLIST_INCOMPLETE,
    UNDERTAKING_MISSING,
    VIDEO_CALL_MISSING,
    APPLICATION_TYPE_MISSING,
    FINGERPRINTS_INVALID,
    FEE_METHOD_MISSING,
    FEE_RECEIPT_MISSING,
    FEE_RECEIPT_INVALID,
    FEE_RECEIPT_TAKEN,
    EXEMPTION_REASON_MISSING,
    RELIEF_NOT_FOR_LOST_CARD,
    FEE_CHANGED,
    NOTICE_MOBILE_INVALID,
    NOTICE_CONSENT_MISSING,
    APPLICATION_NOT_FOUND,
    NOT_READY_FOR_HAND_OVER,
    COLLECTOR_ID_MISMATCH,
    OLD_CARD_NOTE_MISSING,
    REVEAL_REASON_MISSING,
    REVEAL_NOT_PERMITTED,
    REVEAL_CODE_MISSING,
    REVEAL_CODE_WRONG,
    LOCKED_OUT,
    DAY_CLOSED,
    POSTAL_RECIPIENT_MISSING,
    POSTAL_PHONE_INVALID,
    POSTAL_REGION_INVALID,
    POSTAL_ADDRESS_MISSING,
    POSTAL_OLD_CARD_NOTE_MISSING,
    POSTAGE_WITH_WAIVER,
    NOT_FOR_POST,
    NOT_READY_FOR_POST,
    TRACKING_NUMBER_INVALID,
    TRACKING_NUMBER_TAKEN
  }

  private final Problem problem;
  private final List<String> details;

  public SubmissionRefused(Problem problem, String... details) {
    super(problem.name());
    this.problem = problem;
    this.details = List.of(details);
  }

  public Problem problem() {
    return problem;
  }

  /** Message arguments, or the look-up outcome / refusal reason code that explains it. */
  public List<String> details() {
    return details;
  }
}
