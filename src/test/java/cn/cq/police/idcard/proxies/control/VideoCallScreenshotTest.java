package cn.cq.police.idcard.proxies.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.proxies.control.VideoCallScreenshot.Refusal;
import cn.cq.police.idcard.proxies.control.VideoCallScreenshot.Refused;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class VideoCallScreenshotTest {

  static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
    return out.toByteArray();
  }

  static Refusal refusalOf(byte[] upload) {
    return assertThrows(Refused.class, () -> VideoCallScreenshot.reencoded(upload)).refusal();
  }

  @Test
  void aPngIsStoredAsAJpegOfTheSameSize() throws Exception {
    byte[] stored = VideoCallScreenshot.reencoded(png(64, 48));
    assertEquals(0xff, stored[0] & 0xff);
    assertEquals(0xd8, stored[1] & 0xff);
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(stored));
    assertEquals(64, read.getWidth());
    assertEquals(48, read.getHeight());
  }

  @Test
  void aPolyglotKeepsOnlyItsPicture() throws Exception {
    byte[] picture = png(32, 32);
    byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
    byte[] polyglot = Arrays.copyOf(picture, picture.length + page.length);
    System.arraycopy(page, 0, polyglot, picture.length, page.length);
    byte[] stored = VideoCallScreenshot.reencoded(polyglot);
    assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("<script"));
  }

  @Test
  void anHtmlPageRandomBytesAndABrokenPngAreNoPictures() throws Exception {
    assertEquals(
        Refusal.NOT_AN_IMAGE,
        refusalOf("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    byte[] noise = new byte[5000];
    new Random(3).nextBytes(noise);
    assertEquals(Refusal.NOT_AN_IMAGE, refusalOf(noise));
    byte[] truncated = Arrays.copyOf(png(64, 48), 40);
    assertEquals(Refusal.NOT_AN_IMAGE, refusalOf(truncated));
  }

  /** A few hundred bytes that announce 60,000 × 60,000 pixels are refused before decoding. */
  @Test
  void aDecompressionBombIsRefusedByItsHeader() throws Exception {
    byte[] bomb = png(1, 1);
    // IHDR: length (4) and type (4) at 8, then width and height at 16 and 20, CRC after the data.
    ByteBuffer header = ByteBuffer.wrap(bomb);
    header.putInt(16, 60_000).putInt(20, 60_000);
    CRC32 crc = new CRC32();
    crc.update(bomb, 12, 4 + 13);
    header.putInt(12 + 4 + 13, (int) crc.getValue());
    assertEquals(Refusal.TOO_MANY_PIXELS, refusalOf(bomb));
  }

  @Test
  void emptyAndOversizedUploadsAreRefused() {
    assertEquals(Refusal.EMPTY_OR_TOO_LARGE, refusalOf(new byte[0]));
    assertEquals(
        Refusal.EMPTY_OR_TOO_LARGE, refusalOf(new byte[VideoCallScreenshot.MAX_BYTES + 1]));
  }
}
