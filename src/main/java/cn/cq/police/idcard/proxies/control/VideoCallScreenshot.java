package cn.cq.police.idcard.proxies.control;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The screenshot of the video call with an applicant abroad, as it may be stored: a JPEG or PNG of
 * bounded size and pixel dimensions, decoded and written anew as a JPEG, so that what is kept and
 * later shown to the supervisor is a plain picture — never the uploaded bytes, which could be an
 * HTML page, a polyglot or a decompression bomb. The dimensions are read from the header before
 * anything is decoded.
 */
public final class VideoCallScreenshot {

  /** Largest upload accepted, in bytes. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Largest width and height accepted, in pixels (a 4K screen fits). */
  public static final int MAX_SIDE = 4096;

  /** Why an upload is refused. */
  public enum Refusal {
    EMPTY_OR_TOO_LARGE,
    NOT_AN_IMAGE,
    TOO_MANY_PIXELS
  }

  /** An upload that is not stored, and why. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    Refused(Refusal refusal) {
      super(refusal.name());
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  private VideoCallScreenshot() {}

  /** The upload decoded and encoded anew as a JPEG, or why it cannot be. */
  public static byte[] reencoded(byte[] upload) throws Refused {
    if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
      throw new Refused(Refusal.EMPTY_OR_TOO_LARGE);
    }
    String format = formatOf(upload);
    if (format == null) {
      throw new Refused(Refusal.NOT_AN_IMAGE);
    }
    BufferedImage picture = decode(upload, format);
    // JPEG has no alpha: draw onto white, which also drops every chunk, comment and metadata.
    BufferedImage plain =
        new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D canvas = plain.createGraphics();
    canvas.drawImage(picture, 0, 0, java.awt.Color.WHITE, null);
    canvas.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    try {
      ImageIO.write(plain, "jpeg", jpeg);
    } catch (IOException e) {
      throw new IllegalStateException("JPEG encoding failed", e);
    }
    return jpeg.toByteArray();
  }

  /** "jpeg" or "png" by the file's signature, else null. */
  private static String formatOf(byte[] bytes) {
    if (bytes.length > 3
        && (bytes[0] & 0xff) == 0xff
        && (bytes[1] & 0xff) == 0xd8
        && (bytes[2] & 0xff) == 0xff) {
      return "jpeg";
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.length > png.length) {
      for (int i = 0; i < png.length; i++) {
        if (bytes[i] != png[i]) {
          return null;
        }
      }
      return "png";
    }
    return null;
  }

  private static BufferedImage decode(byte[] upload, String format) throws Refused {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("No " + format + " reader");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
        throw new Refused(Refusal.TOO_MANY_PIXELS);
      }
      return reader.read(0);
    } catch (IOException | RuntimeException broken) {
      throw new Refused(Refusal.NOT_AN_IMAGE);
    } finally {
      reader.dispose();
    }
  }
}
