package cn.cq.police.idcard.receipts.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks that a photo is what the ID card production accepts (GA 461-2004): a JPEG of exactly 358 x
 * 441 pixels within the configured file size bounds. Thread-safe; every call uses its own reader.
 */
public final class PhotoInspection {

  public static final int WIDTH = 358;
  public static final int HEIGHT = 441;

  // Every JPEG starts with SOI (FF D8) followed by the next marker (FF).
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  // Decoding every 8th pixel in each direction still runs the entropy decoder over all of the
  // data (a truncated or corrupt file fails), at about half the cost of a full decode.
  private static final int DECODE_SUBSAMPLING = 8;

  private final int minBytes;
  private final int maxBytes;

  public PhotoInspection(int minBytes, int maxBytes) {
    if (minBytes < 1 || maxBytes < minBytes) {
      throw new IllegalArgumentException("Photo size bounds must satisfy 1 <= min <= max");
    }
    this.minBytes = minBytes;
    this.maxBytes = maxBytes;
  }

  /** Size and magic bytes only: cheap checks to run before hashing and decoding. */
  public Optional<Rejection> checkSizeAndMagic(byte[] jpeg) {
    if (jpeg.length < minBytes) {
      return Optional.of(Rejection.of(IntakeReason.PHOTO_TOO_SMALL, jpeg.length, minBytes));
    }
    if (jpeg.length > maxBytes) {
      return Optional.of(Rejection.of(IntakeReason.PHOTO_TOO_LARGE, jpeg.length, maxBytes));
    }
    for (int i = 0; i < JPEG_MAGIC.length; i++) {
      if (jpeg[i] != JPEG_MAGIC[i]) {
        return Optional.of(Rejection.of(IntakeReason.PHOTO_NOT_JPEG));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the dimensions from the JPEG header (without decoding the image) and then decodes it, so
   * that a file that only starts like a JPEG is refused too.
   */
  public Optional<Rejection> checkImage(byte[] jpeg) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
      if (in == null || !readers.hasNext()) {
        return Optional.of(Rejection.of(IntakeReason.PHOTO_NOT_JPEG));
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width != WIDTH || height != HEIGHT) {
          return Optional.of(
              Rejection.of(IntakeReason.PHOTO_WRONG_DIMENSIONS, width, height, WIDTH, HEIGHT));
        }
        // ImageIO decodes a truncated or damaged JPEG with a warning and grey filler.
        boolean[] damaged = {false};
        reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(DECODE_SUBSAMPLING, DECODE_SUBSAMPLING, 0, 0);
        reader.read(0, param);
        return damaged[0]
            ? Optional.of(Rejection.of(IntakeReason.PHOTO_NOT_JPEG))
            : Optional.empty();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException notADecodableJpeg) {
      // ImageIO reports broken data as IIOException, and some corruptions as runtime exceptions.
      return Optional.of(Rejection.of(IntakeReason.PHOTO_NOT_JPEG));
    }
  }
}
