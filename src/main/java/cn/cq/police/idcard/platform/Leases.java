package cn.cq.police.idcard.platform;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The two queries every outbox of {@link LeasedMessage}s runs, named by the entity: which rows are
 * due, and a claim by conditional update, so only one cluster member wins a row for its lease. Each
 * entity's named queries take the parameters {@code pending} and {@code now} (due), and {@code
 * until}, {@code by}, {@code id}, {@code pending}, {@code now} (claim).
 */
public final class Leases {

  private Leases() {}

  /** The ids of the rows due now, oldest first, at most {@code max}. */
  public static List<Long> due(
      EntityManager em, String dueQuery, Enum<?> pending, LocalDateTime now, int max) {
    return em.createNamedQuery(dueQuery, Long.class)
        .setParameter("pending", pending)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** Whether this instance won the row for the lease time. */
  public static boolean claim(
      EntityManager em,
      String claimQuery,
      Enum<?> pending,
      Long id,
      String instance,
      LocalDateTime now,
      Duration lease) {
    return em.createNamedQuery(claimQuery)
            .setParameter("until", now.plus(lease))
            .setParameter("by", instance)
            .setParameter("id", id)
            .setParameter("pending", pending)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}
