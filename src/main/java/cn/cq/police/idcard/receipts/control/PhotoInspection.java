package cn.cq.police.idcard.receipts.control;

import java.util.Optional;

/**
 * Checks that a photo is what the ID card production accepts (GA 461-2004): a JPEG of exactly 358 x
 * 441 pixels within the configured file size bounds. Thread-safe; every call uses its own reader.
 */
public final class PhotoInspection {

  public static final int WIDTH = 358;
  public static final int HEIGHT = 441;

  // Every JPEG starts with SOI (FF D8) followed by the next marker (FF).
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private final int minBytes;
  private final int maxBytes;

  public PhotoInspection(int minBytes, int maxBytes) {
    if (minBytes < 1 || maxBytes < minBytes) {
      throw new IllegalArgumentException("Photo size bounds must satisfy 1 <= min <= max");
    }
    this.minBytes = minBytes;
    this.maxBytes = maxBytes;
  }

  /** Size and magic bytes only: cheap checks to run before hashing. */
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
   * Walks the JPEG's marker segments: a frame header (SOF) with the dimensions must come before the
   * scan, no segment may run past the end, and the file must end with EOI, so a file that only
   * starts like a JPEG, or a truncated one, is refused. The pixels are not decoded: that took about
   * as long as everything else of a receipt, and the centre's hash and signature already vouch that
   * these are the bytes it checked.
   */
  public Optional<Rejection> checkImage(byte[] jpeg) {
    int width = -1;
    int height = -1;
    int at = 2; // after SOI
    while (true) {
      if (at + 4 > jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
        return notJpeg();
      }
      int marker = jpeg[at + 1] & 0xFF;
      if (marker == 0xFF) {
        at++; // fill byte before a marker
        continue;
      }
      if (marker == 0xD8
          || marker == 0xD9
          || (marker >= 0xD0 && marker <= 0xD7)
          || marker == 0x01) {
        return notJpeg(); // no second SOI, no EOI or restart marker before the scan
      }
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      if (length < 2 || at + 2 + length > jpeg.length) {
        return notJpeg();
      }
      if (isStartOfFrame(marker)) {
        if (length < 7) {
          return notJpeg();
        }
        height = ((jpeg[at + 5] & 0xFF) << 8) | (jpeg[at + 6] & 0xFF);
        width = ((jpeg[at + 7] & 0xFF) << 8) | (jpeg[at + 8] & 0xFF);
      }
      if (marker == 0xDA) { // start of scan: entropy-coded data runs to EOI
        break;
      }
      at += 2 + length;
    }
    boolean endsWithEoi =
        (jpeg[jpeg.length - 2] & 0xFF) == 0xFF && (jpeg[jpeg.length - 1] & 0xFF) == 0xD9;
    if (width < 0 || !endsWithEoi) {
      return notJpeg();
    }
    if (width != WIDTH || height != HEIGHT) {
      return Optional.of(
          Rejection.of(IntakeReason.PHOTO_WRONG_DIMENSIONS, width, height, WIDTH, HEIGHT));
    }
    return Optional.empty();
  }

  /** SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  private static Optional<Rejection> notJpeg() {
    return Optional.of(Rejection.of(IntakeReason.PHOTO_NOT_JPEG));
  }
}
