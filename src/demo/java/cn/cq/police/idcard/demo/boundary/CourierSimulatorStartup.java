package cn.cq.police.idcard.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the courier simulator inside the application when {@code simulator.courier.enabled} is
 * set (the one-command demo and the IT application), so posted cards are reported delivered
 * without a real courier. It reports with the demo courier credential.
 */
@Singleton
@Startup
// Only the container calls it (at startup), never a signed-in user.
@PermitAll
public class CourierSimulatorStartup {

  private static final String CREDENTIAL = "demo.feeds.courier.";

  private static final Logger LOG = Logger.getLogger(CourierSimulatorStartup.class.getName());

  @Inject
  @ConfigProperty(name = "simulator.courier.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "simulator.courier.port", defaultValue = "8093")
  int port;

  @Inject
  @ConfigProperty(name = "simulator.courier.control-port", defaultValue = "8094")
  int controlPort;

  @Inject
  @ConfigProperty(name = "simulator.courier.delivery-delay-millis", defaultValue = "30000")
  long deliveryDelayMillis;

  /** Read only when enabled: outside a demo the demo credential need not exist. */
  @Inject Config config;

  private InAppSimulator simulator;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    InAppSimulator created =
        new CourierSimulator(
            new CourierSimulator.Settings(
                port,
                controlPort,
                new SimulatorHttp.Credential(
                    config.getValue(CREDENTIAL + "key-id", String.class),
                    config.getValue(CREDENTIAL + "api-key", String.class),
                    config.getValue(CREDENTIAL + "signing-secret", String.class)),
                deliveryDelayMillis));
    simulator = InAppSimulator.startedOrNone(created, port, LOG);
  }

  @PreDestroy
  void stop() {
    InAppSimulator.stopIfStarted(simulator);
  }
}
