package cn.cq.police.idcard.audit.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The command-line tools' settings, found as the application finds them (MicroProfile Config's
 * order): a {@code -D} system property, then the environment variable (upper case, dots and dashes
 * as underscores), then the war's published default. Secrets are never taken from the command line,
 * where {@code ps} would show them.
 */
final class ToolSettings {

  private static final String PUBLISHED = "META-INF/microprofile-config.properties";

  private final Map<String, String> overrides;
  private final Map<String, String> environment;
  private final Properties published = new Properties();

  /**
   * @param overrides settings given to the tool itself (such as {@code --anchors}), before all
   */
  ToolSettings(Map<String, String> overrides, Map<String, String> environment) {
    this.overrides = overrides;
    this.environment = environment;
    try (InputStream file = ToolSettings.class.getClassLoader().getResourceAsStream(PUBLISHED)) {
      if (file != null) {
        published.load(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ToolSettings ofThisProcess() {
    return new ToolSettings(Map.of(), System.getenv());
  }

  Optional<String> get(String name) {
    String value = overrides.containsKey(name) ? overrides.get(name) : System.getProperty(name);
    if (value == null) {
      value = environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }
    if (value == null) {
      value = published.getProperty(name);
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  String require(String name) {
    return get(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    name
                        + " is not set (environment "
                        + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')
                        + ")"));
  }
}
