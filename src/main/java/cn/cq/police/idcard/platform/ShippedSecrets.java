package cn.cq.police.idcard.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * No published secret in a real deployment. The war's configuration file holds working demo values
 * for the secrets below (the detection centre's private key is in the same file as the public one),
 * so that the one-command demo runs. Outside demo mode ({@code demo.data.enabled=false}) each must
 * be set, and to something other than the published value: until then the application is not ready
 * (so no load balancer sends it work), and start-up logs which settings to set.
 */
@Readiness
@ApplicationScoped
public class ShippedSecrets implements HealthCheck {

  /** The settings whose published values would let anyone sign, unseal or log in. */
  static final List<String> SECRETS =
      List.of(
          "receipts.detection-centre.public-key",
          "security.credentials-master-key",
          "security.personal-data-key",
          "security.personal-data-index-key",
          "notices.sms.gateway-token",
          "applications.voucher-secret",
          "feeds.production.signing-secret",
          "audit.mac-key",
          "audit.anchor.private-key",
          "db.password");

  private static final Logger LOG = Logger.getLogger(ShippedSecrets.class.getName());

  private static final String PUBLISHED = "META-INF/microprofile-config.properties";

  private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([^}]+)}$");

  /** The war's configuration file never changes while it runs: read once, not at every probe. */
  private static final Properties PUBLISHED_VALUES = published();

  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    List<String> unsafe = unsafe();
    if (!unsafe.isEmpty()) {
      LOG.severe(
          () ->
              "Not ready: set these settings to your own values (outside demo mode the published"
                  + " demo values are refused): "
                  + String.join(", ", unsafe));
    }
  }

  @Override
  public HealthCheckResponse call() {
    List<String> unsafe = unsafe();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("secrets").status(unsafe.isEmpty());
    if (!unsafe.isEmpty()) {
      response.withData("set", String.join(", ", unsafe));
    }
    return response.build();
  }

  private List<String> unsafe() {
    Config config = ConfigProvider.getConfig();
    return unsafe(
        config.getOptionalValue("demo.data.enabled", Boolean.class).orElse(false),
        name -> config.getOptionalValue(name, String.class),
        PUBLISHED_VALUES);
  }

  /**
   * The secrets that are missing or equal to their published value; none in demo mode.
   *
   * @param published the war's configuration file, whose values are the published ones
   */
  static List<String> unsafe(
      boolean demo, Function<String, Optional<String>> setting, Properties published) {
    if (demo) {
      return List.of();
    }
    return SECRETS.stream()
        .filter(
            name -> {
              Optional<String> value = setting.apply(name).map(String::strip);
              return value.isEmpty()
                  || value.get().isEmpty()
                  || value.get().equals(publishedValue(published, name));
            })
        .toList();
  }

  /** A published value, following one {@code ${other.setting}} reference as the file uses. */
  static String publishedValue(Properties published, String name) {
    String value = published.getProperty(name, "");
    Matcher reference = REFERENCE.matcher(value.strip());
    return reference.matches()
        ? published.getProperty(reference.group(1), "").strip()
        : value.strip();
  }

  private static Properties published() {
    Properties published = new Properties();
    try (InputStream file = ShippedSecrets.class.getClassLoader().getResourceAsStream(PUBLISHED)) {
      if (file != null) {
        published.load(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return published;
  }
}
