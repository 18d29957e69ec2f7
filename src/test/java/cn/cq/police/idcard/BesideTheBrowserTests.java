package cn.cq.police.idcard;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the in-container suites do before their first class: they run beside HttpAndBrowserSuite,
 * which is the longer, so they take the CPU that the browser tests leave idle rather than the CPU
 * the browser tests wait for. Every thread of this JVM gets nice 10, and with it the Payara that
 * Arquillian starts next (a process inherits its starting thread's nice value). Linux only;
 * elsewhere, or without {@code renice}, the suite runs at normal priority.
 */
final class BesideTheBrowserTests {

  static final int NICE = 10;

  private BesideTheBrowserTests() {}

  static void yieldTheCpu() {
    Path threads = Path.of("/proc/self/task");
    if (!Files.isDirectory(threads)) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(NICE), "-p"));
    try (Stream<Path> ids = Files.list(threads)) {
      ids.forEach(id -> command.add(id.getFileName().toString()));
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException noRenice) {
      // normal priority, as before
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
