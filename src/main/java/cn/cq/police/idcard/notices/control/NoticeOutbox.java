package cn.cq.police.idcard.notices.control;

import cn.cq.police.idcard.applications.control.CardReady;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.notices.entity.NoticeContact;
import cn.cq.police.idcard.notices.entity.NoticeKind;
import cn.cq.police.idcard.notices.entity.NoticeTemplate;
import cn.cq.police.idcard.notices.entity.TextMessage;
import cn.cq.police.idcard.platform.Leases;
import cn.cq.police.idcard.progress.control.QueryAddress;
import cn.cq.police.idcard.security.control.PersonalDataSealing;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notice outbox: a message written when a card with a notice number becomes ready (in that
 * transaction), then claimed, sent and settled by the sender, each step in its caller's
 * transaction.
 */
@Dependent
public class NoticeOutbox {

  @PersistenceContext EntityManager em;

  @Inject PersonalDataSealing sealing;

  @Inject QueryAddress queryAddress;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /** A claimed message with its recipient. */
  public record OutgoingText(Long messageId, String reference, String to, String text) {}

  void cardReady(@Observes CardReady ready) {
    Application application = ready.application();
    NoticeContact contact = em.find(NoticeContact.class, application.getId());
    if (contact == null || contact.isErased() || forApplication(application.getId()).isPresent()) {
      return;
    }
    NoticeKind kind = ready.isPosted() ? NoticeKind.CARD_POSTED : NoticeKind.CARD_ARRIVED;
    Station station = application.getStation();
    String text =
        NoticeTexts.render(
            em.find(NoticeTemplate.class, kind).getBody(),
            Map.of(
                "acceptanceNumber", application.getAcceptanceNumber().value(),
                "station", station.getName(),
                "address", station.getAddress(),
                "hours", station.getOfficeHours(),
                "trackingNumber", ready.isPosted() ? ready.trackingNumber() : "",
                "queryUrl", queryAddress.getUrl()));
    TextMessage message =
        new TextMessage(
            application.getId(),
            station.getId(),
            kind,
            text,
            "notice-" + application.getAcceptanceNumber().value(),
            now());
    em.persist(message);
    audit.record(
        Actor.SYSTEM,
        AuditEvent.of("notice.queued", Application.AUDIT_SUBJECT, application.getId())
            .withAfter("kind=" + kind + "; mobile=" + contact.getMobileMasked()));
  }

  public List<Long> due(int max) {
    return Leases.due(em, TextMessage.DUE, TextMessage.State.PENDING, now(), max);
  }

  /**
   * Claims the message for this instance for the lease time and opens its number. A number that no
   * longer opens (the key was changed) gives the message up: no later attempt could send it.
   */
  public Optional<OutgoingText> claim(Long messageId, String instance, Duration lease) {
    if (!Leases.claim(
        em, TextMessage.CLAIM, TextMessage.State.PENDING, messageId, instance, now(), lease)) {
      return Optional.empty();
    }
    TextMessage message = em.find(TextMessage.class, messageId);
    em.refresh(message);
    NoticeContact contact = em.find(NoticeContact.class, message.getApplicationId());
    try {
      String to =
          sealing.open(
              contact.getMobileSealed(), NoticeContact.sealedFor(message.getApplicationId()));
      return Optional.of(
          new OutgoingText(messageId, message.getIdempotencyKey(), to, message.getBody()));
    } catch (IllegalArgumentException | NullPointerException unreadable) {
      giveUp(message, "the stored number does not open with the personal-data key");
      return Optional.empty();
    }
  }

  /** The gateway took it: the number itself is no longer needed and is erased. */
  public void sent(Long messageId, String gatewayId) {
    TextMessage message = em.find(TextMessage.class, messageId);
    if (!message.isPending()) {
      return;
    }
    LocalDateTime now = now();
    message.sent(now, gatewayId);
    em.find(NoticeContact.class, message.getApplicationId()).erase(now);
    audit.record(
        Actor.SYSTEM,
        AuditEvent.of("notice.sent", Application.AUDIT_SUBJECT, message.getApplicationId())
            .withAfter(
                "kind=%s; attempts=%d; gatewayId=%s"
                    .formatted(message.getKind(), message.getAttempts(), gatewayId)));
  }

  public void failed(
      Long messageId,
      String error,
      boolean permanent,
      int maxAttempts,
      Duration backoffBase,
      Duration backoffMax) {
    TextMessage message = em.find(TextMessage.class, messageId);
    if (!message.isPending()) {
      return;
    }
    message.failed(now(), error, permanent, maxAttempts, backoffBase, backoffMax);
    if (!message.isPending()) {
      recordGivenUp(message);
    }
  }

  public void release(Long messageId) {
    em.find(TextMessage.class, messageId).release();
  }

  public Optional<TextMessage> forApplication(Long applicationId) {
    return em.createNamedQuery(TextMessage.FOR_APPLICATION, TextMessage.class)
        .setParameter("applicationId", applicationId)
        .getResultStream()
        .findFirst();
  }

  private void giveUp(TextMessage message, String why) {
    message.failed(now(), why, true, 1, Duration.ZERO, Duration.ZERO);
    recordGivenUp(message);
  }

  private void recordGivenUp(TextMessage message) {
    audit.record(
        Actor.SYSTEM,
        AuditEvent.of("notice.failed", Application.AUDIT_SUBJECT, message.getApplicationId())
            .withAfter(
                "kind=%s; attempts=%d; error=%s"
                    .formatted(message.getKind(), message.getAttempts(), message.getLastError())));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
