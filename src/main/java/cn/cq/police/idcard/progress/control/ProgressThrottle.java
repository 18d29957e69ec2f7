package cn.cq.police.idcard.progress.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.progress.entity.ProgressThrottleEntry;
import cn.cq.police.idcard.security.control.LockoutPolicy;
import cn.cq.police.idcard.security.control.LockoutPolicy.State;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The progress query's limits, counted in the database so every cluster member shares them: every
 * query from a client address counts against that address ({@code
 * progress.throttle.address.max-queries} within {@code window-seconds}, then it waits {@code
 * wait-seconds}); every wrong pair counts against its acceptance number, whether such an
 * application exists or not ({@code progress.throttle.number.max-wrong} within {@code
 * window-minutes}, then the number is refused for {@code block-minutes}, right suffix included).
 * The rule is security's {@link LockoutPolicy}: the query that reaches the limit is still answered,
 * the next is refused.
 *
 * <p>Control, although each method commits on its own: a unit of work of the {@code Progress}
 * boundary, so a count stands whatever becomes of the query, and two members counting the same key
 * wait for each other's row lock instead of losing a count.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ProgressThrottle {

  static final String ADDRESS_KEY = "ADDRESS ";
  static final String NUMBER_KEY = "NUMBER ";

  private static final Logger LOG = Logger.getLogger(ProgressThrottle.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "progress.throttle.address.max-queries", defaultValue = "10")
  int addressMaxQueries;

  @Inject
  @ConfigProperty(name = "progress.throttle.address.window-seconds", defaultValue = "60")
  int addressWindowSeconds;

  @Inject
  @ConfigProperty(name = "progress.throttle.address.wait-seconds", defaultValue = "60")
  int addressWaitSeconds;

  @Inject
  @ConfigProperty(name = "progress.throttle.number.max-wrong", defaultValue = "5")
  int numberMaxWrong;

  @Inject
  @ConfigProperty(name = "progress.throttle.number.window-minutes", defaultValue = "1440")
  int numberWindowMinutes;

  @Inject
  @ConfigProperty(name = "progress.throttle.number.block-minutes", defaultValue = "1440")
  int numberBlockMinutes;

  /**
   * Counts a query from the address, unless the address is waiting.
   *
   * @return how long the address still waits; empty when this query is admitted
   */
  public Optional<Duration> admitFrom(String clientAddress) {
    return count(addressKey(clientAddress), addressPolicy(), false);
  }

  /** How long the number is still refused; empty when it may be queried. */
  public Optional<Duration> numberBlocked(AcceptanceNumber number) {
    ProgressThrottleEntry entry = em.find(ProgressThrottleEntry.class, numberKey(number));
    return entry == null ? Optional.empty() : remaining(state(entry), now());
  }

  /** Counts a wrong pair (or an unknown number) against the number. */
  public void wrongPair(AcceptanceNumber number) {
    count(numberKey(number), numberPolicy(), true);
  }

  /** Forgets the entries whose block and window have both passed; returns how many. */
  public int forgetPassed() {
    LocalDateTime now = now();
    Duration longestWindow =
        Duration.ofSeconds(Math.max(addressWindowSeconds, numberWindowMinutes * 60L));
    return em.createNamedQuery(ProgressThrottleEntry.DELETE_PASSED)
        .setParameter("now", now)
        .setParameter("windowsFrom", now.minus(longestWindow))
        .executeUpdate();
  }

  LockoutPolicy addressPolicy() {
    return new LockoutPolicy(
        addressMaxQueries,
        Duration.ofSeconds(addressWaitSeconds),
        Duration.ofSeconds(addressWindowSeconds));
  }

  LockoutPolicy numberPolicy() {
    return new LockoutPolicy(
        numberMaxWrong,
        Duration.ofMinutes(numberBlockMinutes),
        Duration.ofMinutes(numberWindowMinutes));
  }

  static String addressKey(String clientAddress) {
    String address = clientAddress == null ? "-" : clientAddress;
    return ADDRESS_KEY + (address.length() > 90 ? address.substring(0, 90) : address);
  }

  static String numberKey(AcceptanceNumber number) {
    return NUMBER_KEY + number.value();
  }

  /**
   * Counts one more against the key unless it is refused now.
   *
   * @return how long the key is still refused, when it was refused before this count
   */
  private Optional<Duration> count(String key, LockoutPolicy policy, boolean logBlock) {
    ProgressThrottleEntry entry =
        em.find(ProgressThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      entry = new ProgressThrottleEntry(key);
      em.persist(entry);
    }
    LocalDateTime now = now();
    State before = state(entry);
    Optional<Duration> waiting = remaining(before, now);
    if (waiting.isPresent()) {
      return waiting;
    }
    State after = policy.afterFailure(before, now);
    entry.record(after.failures(), after.lockedUntil(), after.windowStarted());
    if (logBlock && after.isLockedAt(now)) {
      // The number only: never the suffix that was tried.
      LOG.info(
          () ->
              "Progress queries for "
                  + key.substring(NUMBER_KEY.length())
                  + " refused until "
                  + after.lockedUntil()
                  + " after "
                  + policy.maxFailures()
                  + " wrong ID suffixes");
    }
    return Optional.empty();
  }

  private static Optional<Duration> remaining(State state, LocalDateTime now) {
    return state.isLockedAt(now)
        ? Optional.of(Duration.between(now, state.lockedUntil()))
        : Optional.empty();
  }

  private static State state(ProgressThrottleEntry entry) {
    return new State(entry.getHits(), entry.getBlockedUntil(), entry.getWindowStarted());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
