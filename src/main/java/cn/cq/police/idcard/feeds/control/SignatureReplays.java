package cn.cq.police.idcard.feeds.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The signatures of accepted feed requests, shared by all cluster members through the database: a
 * signature seen before means the request was sent again. Each call commits on its own, before the
 * request's work begins, so a replay arriving while the first request still runs is caught too.
 *
 * <p>Control, although each method opens a transaction: a unit of work of {@code
 * CentreRequestAuthentication}, the filter in front of every feed resource (see {@code
 * LayeringTest}).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignatureReplays {

  @PersistenceContext EntityManager em;

  /** Whether a request with this signature was accepted before. */
  public boolean seen(String signature) {
    return !em.createNativeQuery("select 1 from feed_signature_seen where signature = ?1")
        .setParameter(1, signature)
        .getResultList()
        .isEmpty();
  }

  /**
   * Remembers a signature until {@code forgetBefore}'s window has passed, and forgets those whose
   * request time is before {@code forgetBefore}. Throws when another request recorded the same
   * signature first (the primary key), which the caller tells from a failing database by asking
   * {@link #seen} again.
   */
  public void remember(String signature, Instant requestTime, Instant forgetBefore) {
    em.createNativeQuery("delete from feed_signature_seen where request_time < ?1")
        .setParameter(1, Timestamp.from(forgetBefore))
        .executeUpdate();
    em.createNativeQuery(
            "insert into feed_signature_seen (signature, request_time) values (?1, ?2)")
        .setParameter(1, signature)
        .setParameter(2, Timestamp.from(requestTime))
        .executeUpdate();
  }
}
