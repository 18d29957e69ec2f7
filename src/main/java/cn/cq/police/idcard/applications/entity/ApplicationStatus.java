package cn.cq.police.idcard.applications.entity;

import java.util.EnumSet;
import java.util.Set;

/** The life of an application from the counter to the hand-over of the card. */
public enum ApplicationStatus {
  SUBMITTED,
  IN_PRODUCTION,
  READY_FOR_COLLECTION,
  COLLECTED,
  REJECTED,
  CANCELLED;

  /** While one of these holds, the same person cannot start another application. */
  public static final Set<ApplicationStatus> IN_PROGRESS =
      EnumSet.of(SUBMITTED, IN_PRODUCTION, READY_FOR_COLLECTION);

  public boolean isInProgress() {
    return IN_PROGRESS.contains(this);
  }
}
