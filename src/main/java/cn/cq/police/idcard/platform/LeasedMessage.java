package cn.cq.police.idcard.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A row of a transactional outbox (the production centre's, the text messages'): written in the
 * transaction that made it due, claimed by one cluster member at a time under a lease, retried
 * after failures with waits that double up to a maximum. What a settled row is called is the
 * outbox's own.
 */
@MappedSuperclass
public abstract class LeasedMessage {

  private static final int MAX_ERROR = 300;

  /** Who holds a claim: this JVM (pid@host, cut to the column), so a stuck lease can be traced. */
  public static final String THIS_INSTANCE = thisInstance();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 40)
  private String idempotencyKey;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private LocalDateTime nextAttemptAt;

  @Column(name = "claimed_until")
  private LocalDateTime claimedUntil;

  @Column(name = "claimed_by", length = 60)
  private String claimedBy;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  protected LeasedMessage() {}

  protected LeasedMessage(String idempotencyKey, LocalDateTime now) {
    this.idempotencyKey = idempotencyKey;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** A failed attempt: the next one waits base × 2^(attempts-1), at most max. */
  protected void attemptFailed(LocalDateTime at, String error, Duration base, Duration max) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
    nextAttemptAt = at.plus(wait.compareTo(max) > 0 ? max : wait);
    release();
  }

  /** A successful attempt. */
  protected void attemptSucceeded() {
    attempts++;
    release();
  }

  /** Due again now, with its count of attempts started afresh (a person asked to send it again). */
  protected void dueAgain(LocalDateTime at) {
    attempts = 0;
    nextAttemptAt = at;
    release();
  }

  /** Gives the row back untried (e.g. the circuit breaker is open): no attempt is counted. */
  public void release() {
    claimedUntil = null;
    claimedBy = null;
  }

  private static String thisInstance() {
    String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    return name.length() <= 60 ? name : name.substring(0, 60);
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public LocalDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }
}
