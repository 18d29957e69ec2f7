package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.entity.AuditAnchor;
import cn.cq.police.idcard.audit.entity.AuditChainHead;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes anchors: signs the chain's head as it stands in the caller's transaction (the head row is
 * locked, so nothing is appended between reading and signing), keeps a copy in {@code
 * audit_anchor}, and, once the transaction has committed, has {@link AnchorOutlets} write the line
 * outside the database.
 */
@Dependent
public class Anchors {

  public static final String DAILY = "DAILY";
  public static final String DAY_CLOSE = "DAY_CLOSE";

  private static final Logger LOG = Logger.getLogger(Anchors.class.getName());

  @PersistenceContext EntityManager em;

  @Inject AuditKeys keys;

  @Inject Clock clock;

  @Inject Event<Anchor> made;

  /**
   * Anchors the head now; empty when no signing key is configured (logged: the chain then has no
   * anchor outside the database).
   *
   * @param dailyKey the day for the daily anchor (at most one row per day), otherwise null
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Anchor> anchorHead(String kind, String scope, String dailyKey) {
    Optional<PrivateKey> key = keys.signingKey();
    if (key.isEmpty()) {
      LOG.warning("No audit anchor made: audit.anchor.private-key is not set");
      return Optional.empty();
    }
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    Anchor anchor =
        Anchor.sign(
            keys.suite(),
            key.get(),
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
            kind,
            scope,
            head.getLastSequence(),
            head.getLastHash(),
            head.getKeyedFrom());
    em.persist(
        new AuditAnchor(
            kind,
            scope,
            dailyKey,
            anchor.sequence(),
            anchor.link(),
            anchor.anchoredAt(),
            anchor.line()));
    em.flush();
    made.fire(anchor);
    return Optional.of(anchor);
  }

  /** The daily anchor of that day, if one was made (by any cluster member). */
  public boolean hasDaily(LocalDate day) {
    return em.createNamedQuery(AuditAnchor.DAILY, Long.class)
            .setParameter("day", day.toString())
            .getSingleResult()
        > 0;
  }

  /** The latest anchor made for this scope, e.g. a station's day close. */
  public Optional<Anchor> latest(String kind, String scope) {
    return em.createNamedQuery(AuditAnchor.OF_SCOPE, AuditAnchor.class)
        .setParameter("kind", kind)
        .setParameter("scope", scope)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(row -> Anchor.parse(row.getLine()));
  }

  /** The scope of a station's day close: station code and day. */
  public static String dayCloseScope(String stationCode, LocalDate day) {
    return stationCode + "/" + day;
  }
}
