package cn.cq.police.idcard.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the SMS gateway simulator inside the application when {@code
 * simulator.sms-gateway.enabled} is set (the one-command demo and the IT application), so arrival
 * notices have somewhere to go; it takes the token the product sends ({@code
 * notices.sms.gateway-token}).
 */
@Singleton
@Startup
// Only the container calls it, never a signed-in user.
@PermitAll
public class SmsGatewaySimulatorStartup {

  private static final Logger LOG = Logger.getLogger(SmsGatewaySimulatorStartup.class.getName());

  @Inject
  @ConfigProperty(name = "simulator.sms-gateway.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "simulator.sms-gateway.port", defaultValue = "8092")
  int port;

  @Inject
  @ConfigProperty(name = "notices.sms.gateway-token")
  String token;

  private InAppSimulator simulator;

  @PostConstruct
  void start() {
    if (!enabled) {
      return;
    }
    InAppSimulator created = new SmsGatewaySimulator(port, token);
    simulator = InAppSimulator.startedOrNone(created, port, LOG);
    if (simulator != null) {
      LOG.info(() -> "SMS gateway simulator on http://localhost:" + port + "/sms");
    }
  }

  @PreDestroy
  void stop() {
    InAppSimulator.stopIfStarted(simulator);
  }
}
