package cn.cq.police.idcard.forms.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code *.jrxml} of a directory into {@code <name>.jasper} files. Run by the build
 * (exec-maven-plugin in {@code process-classes}) so that the application only ever loads compiled
 * reports; there is no JasperReports 7 compile plugin on Maven Central.
 */
public final class ReportCompiler {

  private ReportCompiler() {}

  /** Arguments: the source directory of the JRXML files and the output directory. */
  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "Usage: ReportCompiler <jrxml directory> <output directory>");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> sources;
    try (Stream<Path> files = Files.list(source)) {
      sources = files.filter(file -> file.toString().endsWith(".jrxml")).sorted().toList();
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("No .jrxml files in " + source.toAbsolutePath());
    }
    for (Path jrxml : sources) {
      String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", "");
      Path jasper = target.resolve(name + ".jasper");
      // Skip unchanged reports so that repeated builds stay quick.
      if (Files.exists(jasper)
          && Files.getLastModifiedTime(jasper).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
        continue;
      }
      JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
      System.out.println("Compiled report " + jrxml.getFileName() + " -> " + jasper);
    }
  }
}
