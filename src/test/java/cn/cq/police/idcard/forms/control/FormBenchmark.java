package cn.cq.police.idcard.forms.control;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * Times the registration form with a photo through {@link FormRenderer} and through the bare
 * JasperReports calls on the same compiled report, to show what the renderer adds. Not a test: run
 * with {@code mvn test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.cq.police.idcard.forms.control.FormBenchmark [-Dexec.args=300]}.
 */
public final class FormBenchmark {

  private static final int WARM_UP = 50;

  private FormBenchmark() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    FormRenderer renderer = new FormRenderer();
    RegistrationFormData data = SampleData.registration(SampleData.agent());
    JasperReport report = renderer.report(OfficialForm.REGISTRATION_FORM);

    Supplier<byte[]> viaRenderer = () -> renderer.registrationForm(data);
    Supplier<byte[]> bare =
        () -> {
          // Fresh parameters each time: the photo is a stream that a fill consumes.
          Map<String, Object> parameters = FormRenderer.registrationParameters(data);
          try {
            return JasperExportManager.exportReportToPdf(
                JasperFillManager.fillReport(report, parameters, new JREmptyDataSource(1)));
          } catch (JRException e) {
            throw new IllegalStateException(e);
          }
        };

    time(viaRenderer, WARM_UP);
    time(bare, WARM_UP);
    // Alternate the two paths so that neither profits from a warmer JIT or a quieter machine.
    long[] rendererNanos = new long[runs];
    long[] bareNanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      rendererNanos[i] = time(viaRenderer, 1);
      bareNanos[i] = time(bare, 1);
    }
    System.out.printf(
        "registration form with photo, %d runs after %d warm-up renders each%n", runs, WARM_UP);
    report("FormRenderer.registrationForm", rendererNanos);
    report("bare fillReport + exportReportToPdf", bareNanos);
    System.out.printf("PDF size %d bytes%n", viaRenderer.get().length);
  }

  private static long time(Supplier<byte[]> render, int times) {
    long start = System.nanoTime();
    int bytes = 0;
    for (int i = 0; i < times; i++) {
      bytes += render.get().length;
    }
    if (bytes == 0) {
      throw new IllegalStateException("empty PDF");
    }
    return System.nanoTime() - start;
  }

  private static void report(String label, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2] / 1e6;
    double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
    System.out.printf("%-38s median %6.2f ms   p95 %6.2f ms%n", label, median, p95);
  }
}
