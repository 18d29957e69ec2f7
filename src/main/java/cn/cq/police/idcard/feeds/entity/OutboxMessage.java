package cn.cq.police.idcard.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
public class OutboxMessage {

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

  private static final int MAX_ERROR = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private Long applicationId;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 40)
  private String idempotencyKey;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "claimed_until")
  private LocalDateTime claimedUntil;

  @Column(name = "claimed_by", length = 60)
  private String claimedBy;

  @Column(name = "delivered_at")
  private LocalDateTime deliveredAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(Long applicationId, String idempotencyKey, LocalDateTime now) {
    this.applicationId = applicationId;
    this.idempotencyKey = idempotencyKey;
    this.createdAt = now;
    this.state = State.PENDING;
    this.nextAttemptAt = now;
  }

  public void delivered(LocalDateTime at) {
    state = State.DELIVERED;
    deliveredAt = at;
    attempts++;
    release();
  }

  /** A failed attempt: the next one waits base × 2^(attempts-1), at most max. */
  public void failed(LocalDateTime at, String error, Duration base, Duration max) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
    nextAttemptAt = at.plus(wait.compareTo(max) > 0 ? max : wait);
    release();
  }

  public void withdraw() {
    state = State.WITHDRAWN;
    release();
  }

  /** Gives the row back untried (e.g. the circuit breaker is open): no attempt is counted. */
  public void release() {
    claimedUntil = null;
    claimedBy = null;
  }

  public boolean isPending() {
    return state == State.PENDING;
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public State getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public LocalDateTime getDeliveredAt() {
    return deliveredAt;
  }

  public String getLastError() {
    return lastError;
  }
}
