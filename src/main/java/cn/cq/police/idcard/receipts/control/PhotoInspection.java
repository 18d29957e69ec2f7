package cn.cq.police.idcard.receipts.control;

import java.util.Optional;

/**
 * Checks that a photo is what the ID card production accepts (GA 461-2004): a complete JPEG of
 * exactly 358 x 441 pixels in 24-bit colour, within the configured file size bounds. The content
 * (face, background, light) is the detection centre's check, whose verdict the receipt carries; the
 * station checks its own photos against the whole standard (photos component). Thread-safe; every
 * call uses its own reader.
 */
public final class PhotoInspection {

  public static final int WIDTH = 358;
  public static final int HEIGHT = 441;

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
    return JpegFrame.startsLikeJpeg(jpeg) ? Optional.empty() : notJpeg();
  }

  /**
   * The JPEG's marker segments are walked first: a frame header (SOF) must come before the scan, no
   * segment may run past the end, and the file must end with EOI. The frame header must say 24 bit
   * colour (3 components of 8 bits) and 358 x 441. Last, the data is decoded, and any damage the
   * decoder reports (a premature end, corrupt data) refuses the photo: a file that only looks
   * complete would otherwise print grey on the card. The decode (of every 8th pixel: the whole data
   * is still read) costs about 0.35 ms of a core per photo, the marker walk 1 microsecond
   * (docs/photos.md): about twice the hash and the signature check together, but a photo that is
   * not one is found here and not at the production centre.
   */
  public Optional<Rejection> checkImage(byte[] jpeg) {
    Optional<JpegFrame> found = JpegFrame.read(jpeg);
    if (found.isEmpty()) {
      return notJpeg();
    }
    JpegFrame frame = found.get();
    if (!frame.colour24Bit()) {
      return Optional.of(
          Rejection.of(IntakeReason.PHOTO_NOT_COLOUR_24BIT, frame.components(), frame.precision()));
    }
    if (frame.width() != WIDTH || frame.height() != HEIGHT) {
      return Optional.of(
          Rejection.of(
              IntakeReason.PHOTO_WRONG_DIMENSIONS, frame.width(), frame.height(), WIDTH, HEIGHT));
    }
    return JpegDecoding.decodesCompletely(jpeg) ? Optional.empty() : notJpeg();
  }

  private static Optional<Rejection> notJpeg() {
    return Optional.of(Rejection.of(IntakeReason.PHOTO_NOT_JPEG));
  }
}
