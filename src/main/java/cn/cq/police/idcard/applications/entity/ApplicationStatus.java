package cn.cq.police.idcard.applications.entity;

import java.util.EnumSet;
import java.util.Set;

/** The life of an application from the counter to the hand-over of the card. */
public enum ApplicationStatus {
  /** Held at the station until a supervisor approves it (proxy, fingerprint or fee exception). */
  AWAITING_APPROVAL,
  /** Accepted at the counter and free to leave for the production centre. */
  SUBMITTED,
  SENT_TO_PRODUCTION,
  PRODUCED,
  ARRIVED_AT_STATION,
  COLLECTED,
  REJECTED,
  CANCELLED;

  /** While one of these holds, the same person cannot start another application. */
  public static final Set<ApplicationStatus> IN_PROGRESS =
      EnumSet.of(AWAITING_APPROVAL, SUBMITTED, SENT_TO_PRODUCTION, PRODUCED, ARRIVED_AT_STATION);

  public boolean isInProgress() {
    return IN_PROGRESS.contains(this);
  }
}
