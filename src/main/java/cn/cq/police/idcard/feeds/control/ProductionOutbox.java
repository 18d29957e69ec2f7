package cn.cq.police.idcard.feeds.control;

import cn.cq.police.idcard.applications.control.ApplicationReleased;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.feeds.entity.OutboxMessage;
import cn.cq.police.idcard.platform.Leases;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The production outbox: a row per released application, written in the releasing transaction (so
 * the application and its row commit together), then claimed, sent and settled by the sender, each
 * step in a transaction of its caller.
 */
@Dependent
public class ProductionOutbox {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  /** A claimed row with the request body to send. */
  public record Outgoing(Long messageId, String idempotencyKey, byte[] body) {}

  /** How many rows wait and since when (null when none). */
  public record Backlog(long size, LocalDateTime oldestCreatedAt) {}

  /** Runs synchronously inside the transaction that made the application SUBMITTED. */
  void enqueue(@Observes ApplicationReleased released) {
    Application application = released.application();
    // The acceptance number is unique and never changes: the centre keeps one order per key.
    em.persist(
        new OutboxMessage(application.getId(), application.getAcceptanceNumber().value(), now()));
  }

  public List<Long> due(int max) {
    return Leases.due(em, OutboxMessage.DUE, OutboxMessage.State.PENDING, now(), max);
  }

  /**
   * Claims the row for this instance for the lease time with a conditional update, so only one
   * cluster member wins; then builds the body. An application held since it was released is
   * withdrawn instead of sent.
   */
  public Optional<Outgoing> claim(Long messageId, String instance, Duration lease) {
    if (!Leases.claim(
        em, OutboxMessage.CLAIM, OutboxMessage.State.PENDING, messageId, instance, now(), lease)) {
      return Optional.empty();
    }
    OutboxMessage message = em.find(OutboxMessage.class, messageId);
    em.refresh(message);
    Application application = em.find(Application.class, message.getApplicationId());
    if (application.getStatus() != ApplicationStatus.SUBMITTED) {
      message.withdraw();
      audit.record(
          Actor.SYSTEM,
          AuditEvent.of("production.withdrawn", Application.AUDIT_SUBJECT, application.getId())
              .withAfter("status=" + application.getStatus()));
      return Optional.empty();
    }
    ReceiptPhoto photo = em.find(ReceiptPhoto.class, application.getReceipt().getId());
    byte[] jpeg = photo == null ? new byte[0] : photo.getJpeg();
    return Optional.of(
        new Outgoing(
            messageId,
            message.getIdempotencyKey(),
            ProductionPayload.of(application, message.getIdempotencyKey(), jpeg)));
  }

  /** The centre took the application: it is now in production's hands. */
  public void delivered(Long messageId) {
    OutboxMessage message = em.find(OutboxMessage.class, messageId);
    if (!message.isPending()) {
      return;
    }
    LocalDateTime now = now();
    message.delivered(now);
    Application application =
        em.find(Application.class, message.getApplicationId(), LockModeType.PESSIMISTIC_WRITE);
    // An early "accepted" report may already have moved it on.
    if (application.getStatus() == ApplicationStatus.SUBMITTED) {
      application.moveTo(ApplicationStatus.SENT_TO_PRODUCTION, null, now, null);
      audit.record(
          Actor.SYSTEM,
          AuditEvent.of("production.sent", Application.AUDIT_SUBJECT, application.getId())
              .withBefore("status=SUBMITTED")
              .withAfter("status=SENT_TO_PRODUCTION; attempts=" + message.getAttempts()));
    }
  }

  public void failed(Long messageId, String error, Duration backoffBase, Duration backoffMax) {
    OutboxMessage message = em.find(OutboxMessage.class, messageId);
    if (message.isPending()) {
      message.failed(now(), error, backoffBase, backoffMax);
    }
  }

  /** Not tried after all (the circuit breaker is open): free again, no attempt counted. */
  public void release(Long messageId) {
    em.find(OutboxMessage.class, messageId).release();
  }

  /** Marks the row delivered when the centre's report shows it arrived before the sender knew. */
  public void deliveredAsReported(Long applicationId) {
    em.createNamedQuery(OutboxMessage.FOR_APPLICATION, OutboxMessage.class)
        .setParameter("applicationId", applicationId)
        .getResultStream()
        .filter(OutboxMessage::isPending)
        .forEach(m -> m.delivered(now()));
  }

  public Backlog backlog() {
    Object[] row =
        em.createNamedQuery(OutboxMessage.BACKLOG, Object[].class)
            .setParameter("pending", OutboxMessage.State.PENDING)
            .getSingleResult();
    return new Backlog(((Number) row[0]).longValue(), (LocalDateTime) row[1]);
  }

  public Optional<OutboxMessage> forApplication(Long applicationId) {
    return em.createNamedQuery(OutboxMessage.FOR_APPLICATION, OutboxMessage.class)
        .setParameter("applicationId", applicationId)
        .getResultStream()
        .findFirst();
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
