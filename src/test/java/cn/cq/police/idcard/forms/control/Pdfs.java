package cn.cq.police.idcard.forms.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the tests read back from a rendered PDF. */
public final class Pdfs {

  private Pdfs() {}

  public record Read(int pages, String text) {}

  /** Page count and text, after checking that every font on every page is embedded. */
  public static Read read(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertTrue(font.isEmbedded(), () -> "Font not embedded: " + font.getName());
        }
      }
      return new Read(document.getNumberOfPages(), new PDFTextStripper().getText(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the first QR code on the first page, as a phone camera would read the print. */
  public static String decodeQr(byte[] pdf) throws NotFoundException {
    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MultiFormatReader reader = new MultiFormatReader();
    reader.setHints(
        Map.of(
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.QR_CODE)));
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
    return reader.decode(bitmap).getText();
  }
}
