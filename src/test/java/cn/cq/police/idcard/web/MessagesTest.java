package cn.cq.police.idcard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Chinese and English, and every key a page names exists. */
class MessagesTest {

  static Properties bundle(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertEquals(
        new TreeSet<>(bundle("").stringPropertyNames()),
        new TreeSet<>(bundle("_zh").stringPropertyNames()));
  }

  /**
   * One word per thing (issue 15): the supervisor is 审核民警 (their role's name), never 所长; a returned
   * application is 退回修改, never 退回补正.
   */
  @Test
  void theChineseTextsUseOneWordPerThing() throws IOException {
    Properties zh = bundle("_zh");
    List<String> retired = List.of("所长", "退回补正");
    List<String> found =
        zh.stringPropertyNames().stream()
            .filter(key -> retired.stream().anyMatch(zh.getProperty(key)::contains))
            .sorted()
            .toList();
    assertTrue(found.isEmpty(), "retired words in " + found);
    assertEquals("审核民警", zh.getProperty("role.SUPERVISOR"));
    assertEquals("退回修改", zh.getProperty("status.RETURNED"));
  }

  @Test
  void everyKeyAPageNamesExists() throws IOException {
    Set<String> keys = bundle("_zh").stringPropertyNames();
    Pattern literal = Pattern.compile("msg\\['([\\w.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher key = literal.matcher(Files.readString(page));
        while (key.find()) {
          if (!keys.contains(key.group(1))) {
            missing.add(page.getFileName() + ": " + key.group(1));
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "missing in the bundles: " + missing);
  }
}
