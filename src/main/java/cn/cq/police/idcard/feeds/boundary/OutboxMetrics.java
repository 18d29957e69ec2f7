package cn.cq.police.idcard.feeds.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The outbox's MicroProfile metrics (at {@code /metrics?scope=application}): backlog size and age
 * of the oldest waiting row, as measured by the sender's last round (so a scrape costs no query),
 * and counters of completed sender rounds (a rising count shows the sender is alive, also while
 * there is nothing to send), deliveries, failed attempts and rounds skipped by an open circuit
 * breaker.
 */
@ApplicationScoped
public class OutboxMetrics {

  @Inject MetricRegistry registry;

  private final AtomicLong backlog = new AtomicLong();

  private final AtomicLong oldestAgeSeconds = new AtomicLong();

  private Counter rounds;

  private Counter deliveries;

  private Counter failures;

  private Counter skippedRounds;

  @PostConstruct
  void register() {
    registry.gauge("feeds.outbox.backlog", backlog::get);
    registry.gauge("feeds.outbox.oldest.age.seconds", oldestAgeSeconds::get);
    rounds = registry.counter("feeds.outbox.rounds");
    deliveries = registry.counter("feeds.outbox.deliveries");
    failures = registry.counter("feeds.outbox.failures");
    skippedRounds = registry.counter("feeds.outbox.breaker.open.rounds");
  }

  void backlog(long size, LocalDateTime oldestCreatedAt, LocalDateTime now) {
    backlog.set(size);
    oldestAgeSeconds.set(
        oldestCreatedAt == null
            ? 0
            : Math.max(0, Duration.between(oldestCreatedAt, now).toSeconds()));
  }

  public long backlog() {
    return backlog.get();
  }

  public long oldestAgeSeconds() {
    return oldestAgeSeconds.get();
  }

  void roundCompleted() {
    rounds.inc();
  }

  void delivered() {
    deliveries.inc();
  }

  void failed() {
    failures.inc();
  }

  void skippedRound() {
    skippedRounds.inc();
  }
}
