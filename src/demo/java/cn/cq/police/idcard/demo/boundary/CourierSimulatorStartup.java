package cn.cq.police.idcard.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
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

  private CourierSimulator simulator;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    simulator =
        new CourierSimulator(
            new CourierSimulator.Settings(
                port,
                controlPort,
                new SimulatorHttp.Credential(
                    config.getValue(CREDENTIAL + "key-id", String.class),
                    config.getValue(CREDENTIAL + "api-key", String.class),
                    config.getValue(CREDENTIAL + "signing-secret", String.class)),
                deliveryDelayMillis));
    try {
      simulator.start();
    } catch (IOException e) {
      // The application itself must still start, e.g. when another instance holds the port.
      LOG.log(Level.WARNING, "Courier simulator not started on port " + port, e);
      simulator.stop();
      simulator = null;
    }
  }

  @PreDestroy
  void stop() {
    if (simulator != null) {
      simulator.stop();
    }
  }
}
