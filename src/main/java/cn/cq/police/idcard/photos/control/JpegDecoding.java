package cn.cq.police.idcard.photos.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a JPEG completely or not at all. The JDK's decoder fills what is missing of a truncated
 * file with grey and only warns ("Premature end of JPEG file", "Corrupt JPEG data: ... extraneous
 * bytes"): here any such warning refuses the file, as does an exception. Thread-safe; every call
 * uses its own reader.
 */
public final class JpegDecoding {

  private JpegDecoding() {}

  /** The pixels, or empty when the bytes do not decode as one complete, undamaged JPEG. */
  public static Optional<BufferedImage> decode(byte[] jpeg) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
    if (!readers.hasNext()) {
      return Optional.empty();
    }
    ImageReader reader = readers.next();
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
      reader.setInput(in, true, true);
      BufferedImage image = reader.read(0);
      return warnings.isEmpty() ? Optional.of(image) : Optional.empty();
    } catch (IOException | RuntimeException undecodable) {
      // IIOException for damaged data, IllegalArgumentException/ArrayIndexOutOfBounds for a few
      // malformed headers: all mean the same to the caller.
      return Optional.empty();
    } finally {
      reader.dispose();
    }
  }
}
