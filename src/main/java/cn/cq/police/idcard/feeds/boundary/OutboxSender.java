package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.control.ProductionCentreClient;
import cn.cq.police.idcard.feeds.control.ProductionDeliveries;
import cn.cq.police.idcard.feeds.control.ProductionOutbox.Backlog;
import cn.cq.police.idcard.feeds.control.ProductionOutbox.Outgoing;
import cn.cq.police.idcard.platform.LeasedMessage;
import cn.cq.police.idcard.platform.SingleFlight;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Delivers the production outbox every few seconds on every instance: claims due rows one by one (a
 * claim is a lease, so cluster members never send the same row together), sends each outside a
 * transaction and settles it. A failed row waits exponentially longer; while the circuit breaker is
 * open the round stops and the backlog grows until the centre answers again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Only the container calls it (at startup, or its timer), never a signed-in user.
@PermitAll
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  @Resource TimerService timers;

  @Inject ProductionDeliveries deliveries;

  @Inject ProductionCentreClient centre;

  @Inject OutboxMetrics metrics;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "feeds.outbox.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "feeds.outbox.interval-seconds", defaultValue = "10")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "feeds.outbox.batch-size", defaultValue = "50")
  int batchSize;

  @Inject
  @ConfigProperty(name = "feeds.outbox.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "feeds.outbox.backoff-base-seconds", defaultValue = "5")
  long backoffBaseSeconds;

  @Inject
  @ConfigProperty(name = "feeds.outbox.backoff-max-seconds", defaultValue = "600")
  long backoffMaxSeconds;

  private final SingleFlight rounds = new SingleFlight();

  @PostConstruct
  void schedule() {
    if (enabled) {
      SingleFlight.every(timers, intervalSeconds);
    }
  }

  @Timeout
  void round() {
    rounds.run(
        () -> {
          sendDue();
          Backlog backlog = deliveries.backlog();
          metrics.backlog(backlog.size(), backlog.oldestCreatedAt(), LocalDateTime.now(clock));
          metrics.roundCompleted();
        },
        LOG,
        "Outbox round failed");
  }

  private void sendDue() {
    List<Long> due = deliveries.due(batchSize);
    for (Long id : due) {
      Optional<Outgoing> claimed =
          deliveries.claim(id, LeasedMessage.THIS_INSTANCE, Duration.ofSeconds(leaseSeconds));
      if (claimed.isEmpty()) {
        continue;
      }
      Outgoing outgoing = claimed.get();
      try {
        centre.send(outgoing.idempotencyKey(), outgoing.body());
        deliveries.delivered(id);
        metrics.delivered();
      } catch (CircuitBreakerOpenException open) {
        deliveries.release(id);
        metrics.skippedRound();
        return;
      } catch (RuntimeException failure) {
        // Only the cause's text: it never carries applicant data, unlike the request body.
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        deliveries.failed(
            id,
            error,
            Duration.ofSeconds(backoffBaseSeconds),
            Duration.ofSeconds(backoffMaxSeconds));
        metrics.failed();
        LOG.log(Level.INFO, () -> "Delivery of outbox row " + id + " failed: " + error);
      }
    }
  }
}
