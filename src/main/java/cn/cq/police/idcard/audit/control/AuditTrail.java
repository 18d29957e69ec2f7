package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditChainHead;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends to the audit trail inside the caller's transaction, so an entry exists exactly when the
 * change it describes was committed. The only write path to {@code audit_entry}: append, never
 * update or delete.
 */
@Dependent
public class AuditTrail {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Instance<RequestOrigin> origin;

  @Inject AuditKeys keys;

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry record(Actor actor, AuditEvent event) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    long sequence = head.nextSequence();
    // Millisecond precision: what both databases store, so the link re-computes exactly.
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    String address = clientAddress();
    AuditEntry unsigned =
        new AuditEntry(sequence, now, actor, event, address, head.getLastHash(), "");
    AuditEntry entry =
        new AuditEntry(
            sequence,
            now,
            actor,
            event,
            address,
            head.getLastHash(),
            keys.links(head.getKeyedFrom()).linkOf(unsigned));
    em.persist(entry);
    head.advanceTo(entry);
    return entry;
  }

  public List<AuditEntry> ofSubject(String subjectType, Object subjectId) {
    return em.createNamedQuery(AuditEntry.OF_SUBJECT, AuditEntry.class)
        .setParameter("type", subjectType)
        .setParameter("id", String.valueOf(subjectId))
        .getResultList();
  }

  public List<AuditEntry> byActor(String username, int max) {
    return em.createNamedQuery(AuditEntry.BY_ACTOR, AuditEntry.class)
        .setParameter("username", username)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Entries recorded by staff of the given stations (every entry when {@code stationCodes} is
   * null), newest first; narrowed to an actor or a subject when those are given.
   */
  public List<AuditEntry> search(
      String actorUsername,
      String subjectType,
      String subjectId,
      Collection<String> stationCodes,
      int max) {
    StringBuilder where = new StringBuilder("e.sequence is not null");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (actorUsername != null) {
      where.append(" and e.actorUsername = :username");
      parameters.put("username", actorUsername);
    }
    if (subjectType != null && subjectId != null) {
      where.append(" and e.subjectType = :type and e.subjectId = :id");
      parameters.put("type", subjectType);
      parameters.put("id", subjectId);
    }
    if (stationCodes != null) {
      where.append(" and e.stationCode in :codes");
      parameters.put("codes", stationCodes.isEmpty() ? List.of("") : stationCodes);
    }
    TypedQuery<AuditEntry> query =
        em.createQuery(
            "select e from AuditEntry e where " + where + " order by e.sequence desc",
            AuditEntry.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(max).getResultList();
  }

  private String clientAddress() {
    try {
      return origin.isResolvable() ? origin.get().clientAddress() : RequestOrigin.NONE;
    } catch (ContextNotActiveException outsideARequest) {
      return RequestOrigin.NONE;
    }
  }
}
