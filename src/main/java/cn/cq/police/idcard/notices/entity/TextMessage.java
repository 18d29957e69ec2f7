package cn.cq.police.idcard.notices.entity;

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
 * One text message of the notice outbox: at most one per application, its text rendered when it was
 * written. Pending until the gateway takes it (SENT) or the sender gives up (FAILED), which the
 * station's supervisor sees and may undo by sending it again.
 */
@Entity
@Table(name = "notice_outbox")
@NamedQuery(
    name = TextMessage.DUE,
    query =
        "select m.id from TextMessage m where m.state = :pending and m.nextAttemptAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id")
@NamedQuery(
    name = TextMessage.CLAIM,
    query =
        "update TextMessage m set m.claimedUntil = :until, m.claimedBy = :by where m.id = :id"
            + " and m.state = :pending and (m.claimedUntil is null or m.claimedUntil < :now)")
@NamedQuery(
    name = TextMessage.FOR_APPLICATION,
    query = "select m from TextMessage m where m.applicationId = :applicationId")
@NamedQuery(
    name = TextMessage.COUNT_BY_STATE,
    query = "select m.state, count(m) from TextMessage m group by m.state")
public class TextMessage extends LeasedMessage {

  public static final String DUE = "TextMessage.due";
  public static final String CLAIM = "TextMessage.claim";
  public static final String FOR_APPLICATION = "TextMessage.forApplication";
  public static final String COUNT_BY_STATE = "TextMessage.countByState";

  /** Where a message is in its life. */
  public enum State {
    PENDING,
    /** The gateway took it. */
    SENT,
    /** Given up: refused by the gateway, or too many attempts failed. */
    FAILED
  }

  @Column(name = "application_id", nullable = false, unique = true)
  private Long applicationId;

  @Column(name = "station_id", nullable = false)
  private Long stationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NoticeKind kind;

  @Column(nullable = false, length = 600)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private State state;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "gateway_id", length = 100)
  private String gatewayId;

  protected TextMessage() {}

  public TextMessage(
      Long applicationId,
      Long stationId,
      NoticeKind kind,
      String body,
      String idempotencyKey,
      LocalDateTime now) {
    super(idempotencyKey, now);
    this.applicationId = applicationId;
    this.stationId = stationId;
    this.kind = kind;
    this.body = body;
    this.state = State.PENDING;
  }

  public void sent(LocalDateTime at, String gatewayMessageId) {
    state = State.SENT;
    sentAt = at;
    gatewayId = gatewayMessageId;
    attemptSucceeded();
  }

  /**
   * A failed attempt. The message is given up when the gateway refused it for good or this was the
   * last attempt allowed; otherwise it waits base × 2^(attempts-1), at most max.
   */
  public void failed(
      LocalDateTime at,
      String error,
      boolean permanent,
      int maxAttempts,
      Duration base,
      Duration max) {
    attemptFailed(at, error, base, max);
    if (permanent || getAttempts() >= maxAttempts) {
      state = State.FAILED;
    }
  }

  /** A given-up message, sent again on a supervisor's word. */
  public void resend(LocalDateTime at) {
    state = State.PENDING;
    dueAgain(at);
  }

  public boolean isPending() {
    return state == State.PENDING;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Long getStationId() {
    return stationId;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public String getBody() {
    return body;
  }

  public State getState() {
    return state;
  }

  public LocalDateTime getSentAt() {
    return sentAt;
  }

  public String getGatewayId() {
    return gatewayId;
  }
}
