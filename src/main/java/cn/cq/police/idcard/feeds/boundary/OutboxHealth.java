package cn.cq.police.idcard.feeds.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the production outbox is backed up: more rows waiting, or the oldest waiting
 * longer, than configured. A load balancer then prefers other instances, and monitoring sees the
 * centre (or the link to it) is in trouble long before clerks notice missing cards.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

  @Inject OutboxMetrics metrics;

  @Inject
  @ConfigProperty(name = "feeds.outbox.ready.max-backlog", defaultValue = "1000")
  long maxBacklog;

  @Inject
  @ConfigProperty(name = "feeds.outbox.ready.max-age-seconds", defaultValue = "3600")
  long maxAgeSeconds;

  @Override
  public HealthCheckResponse call() {
    long backlog = metrics.backlog();
    long age = metrics.oldestAgeSeconds();
    return HealthCheckResponse.named("production-outbox")
        .status(backlog <= maxBacklog && age <= maxAgeSeconds)
        .withData("backlog", backlog)
        .withData("oldestAgeSeconds", age)
        .withData("maxBacklog", maxBacklog)
        .withData("maxAgeSeconds", maxAgeSeconds)
        .build();
  }
}
