package cn.cq.police.idcard.applications.entity;

import java.util.EnumSet;
import java.util.Set;

/** The life of an application from the counter to the hand-over of the card. */
public enum ApplicationStatus {
  /** Held at the station until a supervisor approves it (proxy, fingerprint or fee exception). */
  AWAITING_APPROVAL,
  /** Sent back to the clerk by a supervisor: the clerk corrects it and submits it again. */
  RETURNED,
  /** Held by a supervisor as suspected fraud: it may not leave the station. */
  SUSPECTED_FRAUD,
  /** Accepted at the counter and free to leave for the production centre. */
  SUBMITTED,
  SENT_TO_PRODUCTION,
  PRODUCED,
  ARRIVED_AT_STATION,
  /** 已邮寄: a card delivered by post left the station under a tracking number. */
  MAILED,
  /** 已签收: the courier reported the posted card delivered; the delivery is its hand-over. */
  DELIVERED,
  COLLECTED,
  REJECTED,
  CANCELLED;

  /** While one of these holds, the same person cannot start another application. */
  public static final Set<ApplicationStatus> IN_PROGRESS =
      EnumSet.of(
          AWAITING_APPROVAL,
          RETURNED,
          SUSPECTED_FRAUD,
          SUBMITTED,
          SENT_TO_PRODUCTION,
          PRODUCED,
          ARRIVED_AT_STATION,
          MAILED);

  /** Waiting for a supervisor's decision. */
  public static final Set<ApplicationStatus> UNDECIDED = EnumSet.of(AWAITING_APPROVAL);

  public boolean isInProgress() {
    return IN_PROGRESS.contains(this);
  }
}
