package cn.cq.police.idcard.receipts.control;

import java.util.Optional;

/**
 * What a JPEG's frame header (SOF) says about the image, read by walking the marker segments
 * without decoding: a frame header must come before the scan, no segment may run past the end, and
 * the file must end with EOI, so a file that only starts like a JPEG, or a truncated one, has no
 * frame. Used by the station's photo checks and by the detection-centre intake.
 *
 * @param marker the SOF marker: 0xC0 baseline, 0xC1 extended, 0xC2 progressive, ...
 * @param precision bits per sample (8 for a 24-bit colour photo)
 * @param components colour components (3 for Y'CbCr or RGB, 1 for greyscale, 4 for CMYK)
 */
public record JpegFrame(int marker, int width, int height, int precision, int components) {

  private static final int SOF_BASELINE = 0xC0;

  /** 24-bit colour: three components of 8 bits each. */
  public boolean colour24Bit() {
    return components == 3 && precision == 8;
  }

  public boolean baseline() {
    return marker == SOF_BASELINE;
  }

  /** Starts with SOI followed by another marker: the cheap test before anything else. */
  public static boolean startsLikeJpeg(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xFF
        && (bytes[1] & 0xFF) == 0xD8
        && (bytes[2] & 0xFF) == 0xFF;
  }

  /** The frame header, or empty when the bytes are no complete JPEG by their marker structure. */
  public static Optional<JpegFrame> read(byte[] jpeg) {
    if (!startsLikeJpeg(jpeg)) {
      return Optional.empty();
    }
    JpegFrame frame = null;
    int at = 2; // after SOI
    while (true) {
      if (at + 4 > jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
        return Optional.empty();
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
        return Optional.empty(); // no second SOI, no EOI or restart marker before the scan
      }
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      if (length < 2 || at + 2 + length > jpeg.length) {
        return Optional.empty();
      }
      if (isStartOfFrame(marker)) {
        if (length < 8) {
          return Optional.empty();
        }
        frame =
            new JpegFrame(
                marker,
                ((jpeg[at + 7] & 0xFF) << 8) | (jpeg[at + 8] & 0xFF),
                ((jpeg[at + 5] & 0xFF) << 8) | (jpeg[at + 6] & 0xFF),
                jpeg[at + 4] & 0xFF,
                jpeg[at + 9] & 0xFF);
      }
      if (marker == 0xDA) { // start of scan: entropy-coded data runs to EOI
        break;
      }
      at += 2 + length;
    }
    boolean endsWithEoi =
        (jpeg[jpeg.length - 2] & 0xFF) == 0xFF && (jpeg[jpeg.length - 1] & 0xFF) == 0xD9;
    return endsWithEoi ? Optional.ofNullable(frame) : Optional.empty();
  }

  /** SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
  private static boolean isStartOfFrame(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }
}
