package cn.cq.police.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The war a city deploys holds the product only; demo data, the centres' simulators and the
 * benchmarks are in the demo war beside it (src/demo). Checked on the wars Maven just packaged.
 */
class WarContentsIT {

  static final String CLASSES = "WEB-INF/classes/cn/cq/police/idcard/";

  static List<String> classesOf(String war) throws IOException {
    try (ZipFile zip = new ZipFile("target/" + war)) {
      return zip.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith(CLASSES) && name.endsWith(".class"))
          .toList();
    }
  }

  @Test
  void theProductWarHoldsNoDemoSimulatorOrBenchmarkClass() throws IOException {
    List<String> product = classesOf("idcard-counter.war");
    assertTrue(product.contains(CLASSES + "applications/boundary/Applications.class"));
    assertTrue(product.size() > 200, "product classes: " + product.size());
    List<String> demoOnly =
        product.stream()
            .filter(
                name ->
                    name.startsWith(CLASSES + "demo/")
                        || name.contains("Simulat")
                        || name.contains("Benchmark")
                        || name.contains("DemoData"))
            .toList();
    assertEquals(List.of(), demoOnly);
  }

  /** Each form of reports/ compiled into both wars: forms are never compiled per request. */
  @Test
  void bothWarsCarryEveryCompiledForm() throws IOException {
    List<String> forms;
    try (Stream<Path> sources = Files.list(Path.of("reports"))) {
      forms =
          sources
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".jrxml"))
              .map(name -> "WEB-INF/classes/reports/" + name.replace(".jrxml", ".jasper"))
              .toList();
    }
    assertTrue(forms.size() >= 7, "forms: " + forms);
    for (String war : List.of("idcard-counter.war", "idcard-counter-demo.war")) {
      try (ZipFile zip = new ZipFile("target/" + war)) {
        assertEquals(
            List.of(), forms.stream().filter(form -> zip.getEntry(form) == null).toList(), war);
      }
    }
  }

  /**
   * Compiled forms need no compiler at run time, and a Java compiler in a deployed war is a tool
   * for whoever gets to run code there (and a thousand more classes to scan at start-up).
   */
  @Test
  void neitherWarCarriesAJavaCompiler() throws IOException {
    for (String war : List.of("idcard-counter.war", "idcard-counter-demo.war")) {
      try (ZipFile zip = new ZipFile("target/" + war)) {
        List<String> libraries =
            zip.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.startsWith("WEB-INF/lib/"))
                .toList();
        assertTrue(libraries.size() > 20, war + ": " + libraries);
        assertEquals(
            List.of(),
            libraries.stream()
                .filter(name -> name.contains("/ecj-") || name.contains("jasperreports-jdt"))
                .toList(),
            war);
      }
    }
  }

  @Test
  void theDemoWarIsTheProductWarPlusTheDemo() throws IOException {
    List<String> product = classesOf("idcard-counter.war");
    List<String> demo = classesOf("idcard-counter-demo.war");
    assertTrue(demo.containsAll(product));
    assertTrue(demo.contains(CLASSES + "demo/boundary/DemoDataLoader.class"));
    assertTrue(demo.contains(CLASSES + "demo/boundary/ProductionCentreSimulator.class"));
    assertTrue(
        demo.stream()
            .filter(name -> !product.contains(name))
            .allMatch(name -> name.startsWith(CLASSES + "demo/")));
  }
}
