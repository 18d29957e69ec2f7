package cn.cq.police.idcard.temporary.boundary;

import cn.cq.police.idcard.temporary.control.TemporaryCardRefused;
import cn.cq.police.idcard.web.FacesText;

/** A refusal as the clerk reads it, on the counter page and the tracking page alike. */
final class TemporaryCardMessages {

  private TemporaryCardMessages() {}

  static void show(TemporaryCardRefused refused) {
    if (refused.problem() == TemporaryCardRefused.Problem.RECEIPT_NOT_USABLE) {
      String outcome = refused.details().get(0);
      // A used receipt is refused only when its application is no longer in progress here.
      FacesText.error(
          "ALREADY_USED".equals(outcome)
              ? "temporary.refused.RECEIPT_USED_NOT_PENDING"
              : "lookup." + outcome,
          "",
          "");
      return;
    }
    FacesText.error("temporary.refused." + refused.problem().name(), refused.details().toArray());
  }
}
