package cn.cq.police.idcard.progress.control;

/**
 * Where an application stands, in the words a resident understands (the bundle's {@code
 * progress.stage.*}): fewer and plainer than the station's own statuses, and never a word about
 * internal decisions such as a fraud hold.
 */
public enum ProgressStage {
  /** 受理中: accepted at the counter, about to leave for the production centre. */
  ACCEPTED,
  /** 审核中: held at the station for a supervisor, or corrected there without the resident. */
  UNDER_REVIEW,
  /** 制证中: at the production centre, or made and on its way to the station. */
  IN_PRODUCTION,
  /** 已到所待领: at the station, waiting to be collected. */
  READY_FOR_PICKUP,
  /** 已到所待邮寄: at the station, a card to be delivered by post, not posted yet. */
  READY_FOR_POSTING,
  /** 已领取. */
  COLLECTED,
  /** 已邮寄, with the tracking number: the card left the station by post (邮寄送证). */
  MAILED,
  /** 已签收, with the tracking number: the courier delivered the posted card. */
  DELIVERED,
  /** 退回需补正: the resident must bring something; {@link ToBring} says what. */
  CORRECTION_NEEDED,
  /** 已撤销. */
  CANCELLED;

  /** Whether the promised pickup date still means something to the resident. */
  public boolean awaitsPickup() {
    return this == ACCEPTED
        || this == UNDER_REVIEW
        || this == IN_PRODUCTION
        || this == READY_FOR_PICKUP
        || this == CORRECTION_NEEDED;
  }
}
