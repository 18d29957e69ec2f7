package cn.cq.police.idcard.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of the audit trail. Immutable once written: there are no setters and no code path
 * updates or deletes entries; on PostgreSQL a trigger refuses it as well. {@code previousHash} is
 * the {@code entryHash} of the entry with {@code sequence - 1}, which makes any later change to a
 * stored entry detectable.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.FROM_SEQUENCE,
    query = "select e from AuditEntry e where e.sequence >= :from order by e.sequence")
@NamedQuery(
    name = AuditEntry.OF_SUBJECT,
    query =
        "select e from AuditEntry e where e.subjectType = :type and e.subjectId = :id"
            + " order by e.sequence")
@NamedQuery(
    name = AuditEntry.BY_ACTOR,
    query = "select e from AuditEntry e where e.actorUsername = :username order by e.sequence desc")
public class AuditEntry {

  public static final String FROM_SEQUENCE = "AuditEntry.fromSequence";
  public static final String OF_SUBJECT = "AuditEntry.ofSubject";
  public static final String BY_ACTOR = "AuditEntry.byActor";

  /** The hash the first entry chains to. */
  public static final String GENESIS_HASH = "0".repeat(64);

  @Id private long sequence;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(name = "actor_username", nullable = false, length = 100)
  private String actorUsername;

  @Column(name = "actor_roles", nullable = false, length = 100)
  private String actorRoles;

  @Column(name = "station_code", nullable = false, length = 12)
  private String stationCode;

  @Column(nullable = false, length = 60)
  private String action;

  @Column(name = "subject_type", nullable = false, length = 40)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, length = 60)
  private String subjectId;

  @Column(name = "before_state", length = 2000)
  private String before;

  @Column(name = "after_state", length = 2000)
  private String after;

  @Column(name = "client_address", nullable = false, length = 64)
  private String clientAddress;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(name = "entry_hash", nullable = false, length = 64)
  private String entryHash;

  protected AuditEntry() {}

  public AuditEntry(
      long sequence,
      LocalDateTime occurredAt,
      Actor actor,
      AuditEvent event,
      String clientAddress,
      String previousHash,
      String entryHash) {
    this.sequence = sequence;
    this.occurredAt = occurredAt;
    this.actorUsername = actor.username();
    this.actorRoles = actor.roles();
    this.stationCode = actor.stationCode();
    this.action = event.action();
    this.subjectType = event.subjectType();
    this.subjectId = event.subjectId();
    this.before = event.before();
    this.after = event.after();
    this.clientAddress = clientAddress;
    this.previousHash = previousHash;
    this.entryHash = entryHash;
  }

  /** The fields that the entry hash covers, in a fixed order; the hash itself is not among them. */
  public String canonicalForm() {
    return String.join(
        "\u001f",
        Long.toString(sequence),
        occurredAt.toString(),
        actorUsername,
        actorRoles,
        stationCode,
        action,
        subjectType,
        subjectId,
        Objects.toString(before, ""),
        Objects.toString(after, ""),
        clientAddress,
        previousHash);
  }

  public long getSequence() {
    return sequence;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public String getActorRoles() {
    return actorRoles;
  }

  public String getStationCode() {
    return stationCode;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getEntryHash() {
    return entryHash;
  }
}
