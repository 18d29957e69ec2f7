package cn.cq.police.idcard.temporary.control;

import cn.cq.police.idcard.applications.control.LookupOutcome;
import cn.cq.police.idcard.temporary.control.TemporaryCardRefused.Problem;
import cn.cq.police.idcard.temporary.entity.TemporaryCardReason;
import java.util.Optional;

/**
 * Who may have a temporary card issued here, as plain rules. The card carries the photo of a photo
 * receipt, so a receipt is needed — but not an unused one: the usual applicant is waiting for the
 * card their receipt was used for.
 */
public final class TemporaryCardRules {

  /** The clerk's words for "other", as long as the column allows. */
  public static final int MAX_NOTE = 200;

  private TemporaryCardRules() {}

  /**
   * Whether the looked-up receipt can give a temporary card its photo at this station.
   *
   * <ul>
   *   <li>{@code USABLE} and {@code APPLICATION_IN_PROGRESS}: a valid, unused receipt of the
   *       station's jurisdiction with a checked photo.
   *   <li>{@code ALREADY_USED}: only while the application it was used for is still in progress at
   *       this station — that photo is the one going on the card. A receipt of a card collected
   *       long ago is as stale as an expired one.
   *   <li>everything else (revoked, photo failed or tampered with, expired, outside the
   *       jurisdiction, not found): refused with the look-up's own reason.
   * </ul>
   */
  public static Optional<Problem> receiptProblem(
      LookupOutcome outcome, boolean usedForApplicationInProgressHere) {
    boolean usable =
        switch (outcome) {
          case USABLE, APPLICATION_IN_PROGRESS -> true;
          case ALREADY_USED -> usedForApplicationInProgressHere;
          default -> false;
        };
    return usable ? Optional.empty() : Optional.of(Problem.RECEIPT_NOT_USABLE);
  }

  /** A reason is chosen, and "other" says what it is. */
  public static Optional<Problem> reasonProblem(TemporaryCardReason reason, String note) {
    if (reason == null) {
      return Optional.of(Problem.REASON_MISSING);
    }
    if (reason.needsNote() && (note == null || note.isBlank() || note.trim().length() > MAX_NOTE)) {
      return Optional.of(Problem.REASON_NOTE_MISSING);
    }
    return Optional.empty();
  }

  /** The note as stored: only for "other", trimmed. */
  public static String storedNote(TemporaryCardReason reason, String note) {
    return reason != null && reason.needsNote() && note != null ? note.trim() : null;
  }
}
