package cn.cq.police.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared in-container deployment holds every Arquillian test class, or that class fails. */
class InContainerSuiteTest {

  @Test
  void everyArquillianTestClassIsInTheSuiteDeployment() throws Exception {
    List<Class<?>> arquillianTests =
        testClasses().filter(InContainerSuiteTest::inContainer).toList();
    assertTrue(arquillianTests.size() >= 5, "Arquillian test classes found: " + arquillianTests);
    assertEquals(
        List.of(),
        arquillianTests.stream().filter(c -> !InContainerSuite.CLASSES.contains(c)).toList(),
        "missing in InContainerSuite.CLASSES");
  }

  private static boolean inContainer(Class<?> type) {
    return Optional.ofNullable(type.getAnnotation(ExtendWith.class))
        .map(extend -> Arrays.asList(extend.value()).contains(ArquillianExtension.class))
        .orElse(false);
  }

  /** The top-level test classes compiled next to this one (target/test-classes). */
  private static Stream<Class<?>> testClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            InContainerSuiteTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(file -> root.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .map(InContainerSuiteTest::load)
          .toList()
          .stream();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, InContainerSuiteTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
