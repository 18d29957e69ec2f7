package cn.cq.police.idcard.notices.boundary;

import cn.cq.police.idcard.notices.control.NoticeDeliveries;
import cn.cq.police.idcard.notices.control.NoticeOutbox.OutgoingText;
import cn.cq.police.idcard.notices.control.SmsGateway;
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
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due text messages every few seconds on every member: claims each (a lease, so two members
 * never send one together), calls the gateway outside a transaction and settles the message. A
 * failure waits longer each time; after {@code notices.max-attempts} the message is given up and
 * shows on the station supervisor's notices page.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Only the container calls it (at startup, or its timer), never a signed-in user.
@PermitAll
public class NoticeSender {

  private static final Logger LOG = Logger.getLogger(NoticeSender.class.getName());

  @Resource TimerService timers;

  @Inject NoticeDeliveries deliveries;

  @Inject SmsGateway gateway;

  @Inject
  @ConfigProperty(name = "notices.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "notices.interval-seconds", defaultValue = "10")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "notices.batch-size", defaultValue = "50")
  int batchSize;

  @Inject
  @ConfigProperty(name = "notices.lease-seconds", defaultValue = "60")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "notices.backoff-base-seconds", defaultValue = "30")
  long backoffBaseSeconds;

  @Inject
  @ConfigProperty(name = "notices.backoff-max-seconds", defaultValue = "1800")
  long backoffMaxSeconds;

  @Inject
  @ConfigProperty(name = "notices.max-attempts", defaultValue = "8")
  int maxAttempts;

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
          for (Long id : deliveries.due(batchSize)) {
            deliveries
                .claim(id, LeasedMessage.THIS_INSTANCE, Duration.ofSeconds(leaseSeconds))
                .ifPresent(this::send);
          }
        },
        LOG,
        "Notice round failed");
  }

  private void send(OutgoingText text) {
    Optional<String> gatewayId = Optional.empty();
    try {
      gatewayId = Optional.of(gateway.send(text.reference(), text.to(), text.text()));
    } catch (SmsGateway.NotSent notSent) {
      deliveries.failed(
          text.messageId(),
          notSent.getMessage(),
          notSent.isPermanent(),
          maxAttempts,
          Duration.ofSeconds(backoffBaseSeconds),
          Duration.ofSeconds(backoffMaxSeconds));
      LOG.log(
          Level.INFO,
          () -> "Text message " + text.messageId() + " not sent: " + notSent.getMessage());
    }
    gatewayId.ifPresent(id -> deliveries.sent(text.messageId(), id));
  }
}
