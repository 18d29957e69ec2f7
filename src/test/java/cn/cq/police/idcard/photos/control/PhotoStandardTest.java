package cn.cq.police.idcard.photos.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PhotoStandardTest {

  static Properties configDefaults() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        PhotoStandardTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void theDefaultsAreTheOnesTheConfigurationFileDocuments() throws IOException {
    Properties config = configDefaults();
    long keys =
        config.stringPropertyNames().stream()
            .filter(k -> k.startsWith(PhotoStandard.PREFIX))
            .count();
    assertEquals(PhotoStandard.class.getRecordComponents().length, keys);
    assertEquals(
        PhotoStandard.defaults(),
        PhotoStandard.from(key -> Optional.ofNullable(config.getProperty(key))));
  }

  @Test
  void aSettingOverridesItsDefaultOnly() {
    Map<String, String> settings =
        Map.of("photos.check.min-bytes", "12288", "photos.check.tilt.max-degrees", " 8.5 ");
    PhotoStandard standard = PhotoStandard.from(key -> Optional.ofNullable(settings.get(key)));
    assertEquals(12288, standard.minBytes());
    assertEquals(8.5, standard.tiltMaxDegrees());
    assertEquals(PhotoStandard.defaults().maxBytes(), standard.maxBytes());
    assertEquals(207, standard.faceTargetWidth());
    assertEquals(14, standard.topMarginTarget());
  }

  @Test
  void contradictoryBoundsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PhotoStandard.from(
                key ->
                    key.equals("photos.check.face.min-width")
                        ? Optional.of("230")
                        : Optional.empty()));
    assertThrows(
        NumberFormatException.class,
        () ->
            PhotoStandard.from(
                key -> key.equals("photos.check.width") ? Optional.of("wide") : Optional.empty()));
  }
}
