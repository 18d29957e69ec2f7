package cn.cq.police.idcard.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Outside demo mode, every shipped secret must be set to a value of one's own. */
class ShippedSecretsTest {

  static Properties published;

  @BeforeAll
  static void readTheWarsConfiguration() throws IOException {
    published = new Properties();
    try (InputStream file =
        ShippedSecretsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      published.load(file);
    }
  }

  /** What the application sees when nobody overrides anything: the published values. */
  static Map<String, String> defaults() {
    Map<String, String> settings = new HashMap<>();
    ShippedSecrets.SECRETS.forEach(
        name -> settings.put(name, ShippedSecrets.publishedValue(published, name)));
    return settings;
  }

  static List<String> unsafe(boolean demo, Map<String, String> settings) {
    return ShippedSecrets.unsafe(demo, name -> Optional.ofNullable(settings.get(name)), published);
  }

  @Test
  void theDemoMayUseThePublishedValues() {
    assertEquals(List.of(), unsafe(true, defaults()));
  }

  @Test
  void withoutDemoModeEveryPublishedValueIsNamed() {
    assertEquals(ShippedSecrets.SECRETS, unsafe(false, defaults()));
  }

  @Test
  void aReferencedDemoValueCountsAsPublished() {
    // feeds.production.signing-secret is ${demo.feeds.production-centre.signing-secret} in the
    // file.
    String demoSecret = published.getProperty("demo.feeds.production-centre.signing-secret");
    assertEquals(
        demoSecret, ShippedSecrets.publishedValue(published, "feeds.production.signing-secret"));
  }

  @Test
  void ownValuesAreAcceptedAndMissingOrBlankOnesAreNot() {
    Map<String, String> own = new HashMap<>();
    ShippedSecrets.SECRETS.forEach(name -> own.put(name, "own-" + name.hashCode()));
    assertEquals(List.of(), unsafe(false, own));
    own.remove("applications.voucher-secret");
    own.put("db.password", "  ");
    assertEquals(List.of("applications.voucher-secret", "db.password"), unsafe(false, own));
  }
}
