package cn.cq.police.idcard.forms.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one PDF of every form to a directory (default {@code samples}) to look at by eye. */
public final class SampleForms {

  private SampleForms() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "samples");
    Files.createDirectories(dir);
    FormRenderer renderer = new FormRenderer();
    write(dir, "registration-form", renderer.registrationForm(SampleData.registration(null)));
    write(
        dir,
        "registration-form-proxy",
        renderer.registrationForm(SampleData.registration(SampleData.agent())));
    write(
        dir,
        "authorization-letter",
        renderer.authorizationLetter(SampleData.authorizationLetter()));
    write(
        dir,
        "authorization-letter-blank",
        renderer.authorizationLetter(AuthorizationLetterData.blank()));
    write(dir, "fee-receipt", renderer.feeReceipt(SampleData.feeReceipt()));
    write(dir, "collection-voucher", renderer.collectionVoucher(SampleData.collectionVoucher()));
    write(dir, "daily-summary", renderer.dailySummary(SampleData.day(30)));
    write(dir, "daily-close", renderer.dailyClose(SampleData.day(80)));
  }

  private static void write(Path dir, String name, byte[] pdf) throws IOException {
    Path file = dir.resolve(name + ".pdf");
    Files.write(file, pdf);
    System.out.println(file + " (" + pdf.length + " bytes)");
  }
}
