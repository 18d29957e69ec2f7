package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.applications.control.CardReady;
import cn.cq.police.idcard.applications.control.Postings;
import cn.cq.police.idcard.feeds.control.CourierClient;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the courier about a card the station posted, once the posting committed (a rolled-back
 * posting announces nothing), and notes on the delivery that the courier took it. A courier that
 * cannot be reached leaves the note unset: the card is posted all the same and the tracking page
 * says the courier has not confirmed. No retry yet (see docs/features.md).
 */
@Stateless
// Only the container calls it, after a clerk's posting committed.
@PermitAll
public class CourierNotices {

  private static final Logger LOG = Logger.getLogger(CourierNotices.class.getName());

  @Inject CourierClient courier;

  @Inject Postings postings;

  public void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CardReady ready) {
    if (!ready.isPosted()) {
      return;
    }
    String trackingNumber = ready.trackingNumber();
    try {
      courier.subscribe(trackingNumber, ready.application().getAcceptanceNumber().value());
      postings.courierNotified(trackingNumber);
    } catch (RuntimeException unreachable) {
      // The tracking number and acceptance number only: no personal data in the log.
      LOG.log(
          Level.WARNING,
          "Courier not told of parcel "
              + trackingNumber
              + " ("
              + ready.application().getAcceptanceNumber()
              + "): "
              + unreachable.getMessage());
    }
  }
}
