package cn.cq.police.idcard.applications.control;

import static cn.cq.police.idcard.applications.control.SubmissionRefused.Problem;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A card delivered by post (邮寄送证) after it arrived at the station, in the caller's transaction: the
 * clerk records the courier's tracking number (已邮寄, and {@link CardReady} fires with it), and the
 * courier's report makes it delivered (已签收), which is the card's hand-over record.
 */
@Dependent
public class Postings {

  /** Couriers' waybill numbers: letters and digits, as printed on the label. */
  private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Z0-9]{8,30}");

  @PersistenceContext EntityManager em;

  @Inject ApplicationRecords records;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  @Inject Event<CardReady> cardReady;

  /** What a courier's delivery report came to. */
  public enum Outcome {
    APPLIED,
    /** Reported before: nothing changed now. */
    REPEATED,
    /** No parcel with that tracking number was posted. */
    UNKNOWN
  }

  /** The delivery record of a station's application, if it is to be posted. */
  public Optional<PostalDelivery> deliveryOf(Long applicationId) {
    return em.createNamedQuery(PostalDelivery.FOR_APPLICATION, PostalDelivery.class)
        .setParameter("applicationId", applicationId)
        .getResultStream()
        .findFirst();
  }

  /** A typed tracking number as stored: spaces and dashes dropped, upper case; null if invalid. */
  public static String normalizedTrackingNumber(String typed) {
    if (typed == null || typed.length() > 60) {
      return null;
    }
    String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return TRACKING_NUMBER.matcher(compact).matches() ? compact : null;
  }

  /** 已邮寄: the card left the station under the courier's tracking number. */
  public Application post(StaffAccount clerk, Long applicationId, String typedTrackingNumber) {
    Application application =
        records
            .at(clerk.getStation(), applicationId)
            .orElseThrow(() -> new SubmissionRefused(Problem.APPLICATION_NOT_FOUND));
    if (!application.isDeliveryByPost()) {
      throw new SubmissionRefused(Problem.NOT_FOR_POST);
    }
    String trackingNumber = normalizedTrackingNumber(typedTrackingNumber);
    if (trackingNumber == null) {
      throw new SubmissionRefused(Problem.TRACKING_NUMBER_INVALID);
    }
    // Serialises two clerks posting the same card.
    em.lock(application, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(application);
    if (!application.canBePosted()) {
      throw new SubmissionRefused(Problem.NOT_READY_FOR_POST);
    }
    boolean taken =
        em.createNamedQuery(PostalDelivery.BY_TRACKING_NUMBER, PostalDelivery.class)
            .setParameter("trackingNumber", trackingNumber)
            .getResultStream()
            .findAny()
            .isPresent();
    if (taken) {
      throw new SubmissionRefused(Problem.TRACKING_NUMBER_TAKEN, trackingNumber);
    }
    PostalDelivery delivery =
        deliveryOf(application.getId())
            .orElseThrow(() -> new SubmissionRefused(Problem.NOT_FOR_POST));
    LocalDateTime now = LocalDateTime.now(clock);
    ApplicationStatus before = application.getStatus();
    delivery.post(trackingNumber, clerk.getId(), now);
    application.post(clerk, now, trackingNumber);
    em.flush();
    audit.record(
        clerk.actor(),
        AuditEvent.of("application.posted", Application.AUDIT_SUBJECT, application.getId())
            .withBefore("status=" + before)
            .withAfter(
                "status=%s; trackingNumber=%s".formatted(application.getStatus(), trackingNumber)));
    // The notice (and the courier's subscription) observe it, in this transaction or after it.
    cardReady.fire(new CardReady(application, trackingNumber));
    return application;
  }

  /** The courier took the subscription for its reports of this parcel. */
  public void courierNotified(String trackingNumber) {
    em.createNamedQuery(PostalDelivery.BY_TRACKING_NUMBER, PostalDelivery.class)
        .setParameter("trackingNumber", trackingNumber)
        .getResultStream()
        .findFirst()
        .ifPresent(PostalDelivery::courierNotified);
  }

  /** 已签收: the courier reports the parcel delivered. */
  public Outcome delivered(String trackingNumber) {
    Optional<PostalDelivery> found =
        em.createNamedQuery(PostalDelivery.BY_TRACKING_NUMBER, PostalDelivery.class)
            .setParameter("trackingNumber", trackingNumber)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Outcome.UNKNOWN;
    }
    PostalDelivery delivery = found.get();
    Application application =
        em.find(Application.class, delivery.getApplicationId(), LockModeType.PESSIMISTIC_WRITE);
    if (application.getStatus() != ApplicationStatus.MAILED) {
      return Outcome.REPEATED;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    delivery.delivered(now);
    application.deliveredByPost(
        now, delivery.isOldCardSurrendered(), delivery.getOldCardNote(), trackingNumber);
    audit.record(
        Actor.SYSTEM,
        AuditEvent.of("application.delivered", Application.AUDIT_SUBJECT, application.getId())
            .withBefore("status=" + ApplicationStatus.MAILED)
            .withAfter(
                "status=%s; trackingNumber=%s; oldCardSurrendered=%s"
                    .formatted(
                        application.getStatus(), trackingNumber, delivery.isOldCardSurrendered())));
    return Outcome.APPLIED;
  }
}
