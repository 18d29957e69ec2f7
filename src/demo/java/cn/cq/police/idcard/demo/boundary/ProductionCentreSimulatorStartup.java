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
 * Starts the production-centre simulator inside the application when {@code
 * simulator.production-centre.enabled} is set (the one-command demo and the IT application), so
 * applications leave and come back without a real centre. It reports to this application with the
 * demo production-centre credential.
 */
@Singleton
@Startup
// Only the container calls it (at startup, or its timer), never a signed-in user.
@PermitAll
public class ProductionCentreSimulatorStartup {

  private static final String CREDENTIAL = "demo.feeds.production-centre.";

  private static final Logger LOG = Logger.getLogger(ProductionCentreSimulatorStartup.class.getName());

  @Inject
  @ConfigProperty(name = "simulator.production-centre.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "simulator.production-centre.port", defaultValue = "8090")
  int port;

  @Inject
  @ConfigProperty(name = "simulator.production-centre.control-port", defaultValue = "8091")
  int controlPort;

  @Inject
  @ConfigProperty(name = "simulator.production-centre.report-delay-millis", defaultValue = "2000")
  long reportDelayMillis;

  @Inject
  @ConfigProperty(name = "simulator.production-centre.reject-share", defaultValue = "0")
  double rejectShare;

  @Inject
  @ConfigProperty(name = "simulator.production-centre.slow-millis", defaultValue = "10000")
  long slowMillis;

  @Inject
  @ConfigProperty(name = "app.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  /** Read only when enabled: outside a demo the demo credential need not exist. */
  @Inject Config config;

  private InAppSimulator simulator;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    InAppSimulator created =
        new ProductionCentreSimulator(
            new ProductionCentreSimulator.Settings(
                port,
                controlPort,
                base + "api/production/status-reports",
                config.getValue(CREDENTIAL + "key-id", String.class),
                config.getValue(CREDENTIAL + "api-key", String.class),
                config.getValue(CREDENTIAL + "signing-secret", String.class),
                reportDelayMillis,
                rejectShare,
                slowMillis));
    simulator = InAppSimulator.startedOrNone(created, port, LOG);
  }

  @PreDestroy
  void stop() {
    InAppSimulator.stopIfStarted(simulator);
  }
}
