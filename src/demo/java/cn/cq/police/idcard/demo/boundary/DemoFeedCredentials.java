package cn.cq.police.idcard.demo.boundary;

import cn.cq.police.idcard.feeds.control.CentreCredentials;
import cn.cq.police.idcard.feeds.entity.Centre;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers one fixed credential per centre when demo data is on, so the simulators and the tests
 * can call the feeds without an administrator issuing credentials first. Their secrets are in the
 * configuration, which is why this never runs outside a demo.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// Only the container calls it (at startup, or its timer), never a signed-in user.
@PermitAll
public class DemoFeedCredentials {

  private static final Logger LOG = Logger.getLogger(DemoFeedCredentials.class.getName());

  @Inject
  @ConfigProperty(name = "demo.data.enabled", defaultValue = "false")
  boolean enabled;

  @Inject Config config;

  @Inject CentreCredentials credentials;

  @PostConstruct
  void register() {
    if (!enabled) {
      return;
    }
    for (Centre centre : Centre.values()) {
      String prefix = "demo.feeds." + centre.name().toLowerCase().replace('_', '-') + ".";
      String keyId = config.getValue(prefix + "key-id", String.class);
      try {
        if (credentials.registerKnown(
            centre,
            keyId,
            config.getValue(prefix + "api-key", String.class),
            Base64.getDecoder().decode(config.getValue(prefix + "signing-secret", String.class)),
            "demo")) {
          LOG.info(() -> "Demo credential " + keyId + " registered for " + centre);
        }
      } catch (RuntimeException lostRaceOrBadConfig) {
        // Another cluster member registered it at the same moment, or the demo config is broken:
        // the feeds then answer 401, which the log explains.
        LOG.log(Level.WARNING, "Demo credential " + keyId + " not registered", lostRaceOrBadConfig);
      }
    }
  }
}
