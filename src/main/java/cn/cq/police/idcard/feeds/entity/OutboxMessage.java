package cn.cq.police.idcard.feeds.entity;

import cn.cq.police.idcard.platform.LeasedMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * An application waiting to leave for the production centre, written in the same transaction that
 * released it. The payload is built when it is sent, from the stored application, so the row stays
 * small and a hold placed before sending is respected.
 */
@Entity
@Table(name = "production_outbox")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "select m.id from OutboxMessage m where m.state = :pending and m.nextAttemptAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id")
@NamedQuery(
    name = OutboxMessage.CLAIM,
    query =
        "update OutboxMessage m set m.claimedUntil = :until, m.claimedBy = :by where m.id = :id"
            + " and m.state = :pending and (m.claimedUntil is null or m.claimedUntil < :now)")
@NamedQuery(
    name = OutboxMessage.BACKLOG,
    query = "select count(m), min(m.createdAt) from OutboxMessage m where m.state = :pending")
@NamedQuery(
    name = OutboxMessage.FOR_APPLICATION,
    query = "select m from OutboxMessage m where m.applicationId = :applicationId")
public class OutboxMessage extends LeasedMessage {

  public static final String DUE = "OutboxMessage.due";
  public static final String CLAIM = "OutboxMessage.claim";
  public static final String BACKLOG = "OutboxMessage.backlog";
  public static final String FOR_APPLICATION = "OutboxMessage.forApplication";

  /** Where a message is in its life. */
  public enum State {
    PENDING,
    DELIVERED,
    /** The application was held (e.g. suspected fraud) before it left: never sent. */
    WITHDRAWN
  }

  @Column(name = "application_id", nullable = false, unique = true)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  protected OutboxMessage() {}

  public OutboxMessage(Long applicationId, String idempotencyKey, LocalDateTime now) {
    super(idempotencyKey, now);
    this.applicationId = applicationId;
    this.state = State.PENDING;
  }

  public void delivered(LocalDateTime at) {
    state = State.DELIVERED;
    deliveredAt = at;
    attemptSucceeded();
  }

  /** A failed attempt: the next one waits base × 2^(attempts-1), at most max. */
  public void failed(LocalDateTime at, String error, Duration base, Duration max) {
    attemptFailed(at, error, base, max);
  }

  public void withdraw() {
    state = State.WITHDRAWN;
    release();
  }

  public boolean isPending() {
    return state == State.PENDING;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public State getState() {
    return state;
  }

  public LocalDateTime getDeliveredAt() {
    return deliveredAt;
  }
}
