package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.PortraitPainter;
import cn.cq.police.idcard.photos.control.TestPhotos;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoInspectionTest {

  static final byte[] PORTRAIT = PortraitPainter.paintJpeg(42, Sex.FEMALE, 30);

  final PhotoInspection cut = withDefaultBounds();

  /** The bounds the configuration file sets (intake.photo.min-bytes, max-bytes). */
  static PhotoInspection withDefaultBounds() {
    Properties config = new Properties();
    try (InputStream in =
        PhotoInspectionTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      config.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PhotoInspection(
        Integer.parseInt(config.getProperty("intake.photo.min-bytes")),
        Integer.parseInt(config.getProperty("intake.photo.max-bytes")));
  }

  static byte[] jpeg(BufferedImage image, float quality) {
    return TestPhotos.jpeg(image, quality);
  }

  private static Optional<IntakeReason> reason(Optional<Rejection> rejection) {
    return rejection.map(Rejection::reason);
  }

  @Test
  void aPaintedPortraitPasses() {
    assertEquals(Optional.empty(), cut.checkSizeAndMagic(PORTRAIT));
    assertEquals(Optional.empty(), cut.checkImage(PORTRAIT));
  }

  @Test
  void theDefaultBoundsHoldEveryPaintedPortrait() {
    // The demo and the simulator must never trip over their own photos.
    for (int seed = 0; seed < 40; seed++) {
      byte[] jpeg =
          PortraitPainter.paintJpeg(seed, seed % 2 == 0 ? Sex.MALE : Sex.FEMALE, 5 + seed * 2);
      assertEquals(
          Optional.empty(), cut.checkSizeAndMagic(jpeg), "seed " + seed + ": " + jpeg.length);
    }
  }

  @Test
  void sizeBoundsAreInclusiveAndReported() {
    PhotoInspection exact = new PhotoInspection(PORTRAIT.length, PORTRAIT.length);
    assertEquals(Optional.empty(), exact.checkSizeAndMagic(PORTRAIT));
    Rejection small =
        new PhotoInspection(PORTRAIT.length + 1, 99_999).checkSizeAndMagic(PORTRAIT).orElseThrow();
    assertEquals(IntakeReason.PHOTO_TOO_SMALL, small.reason());
    assertEquals(List.of(PORTRAIT.length, PORTRAIT.length + 1), small.arguments());
    assertEquals(
        Optional.of(IntakeReason.PHOTO_TOO_LARGE),
        reason(new PhotoInspection(1, PORTRAIT.length - 1).checkSizeAndMagic(PORTRAIT)));
    assertThrows(IllegalArgumentException.class, () -> new PhotoInspection(10, 9));
  }

  @Test
  void somethingThatIsNoJpegIsRefused() {
    byte[] png = PORTRAIT.clone();
    png[0] = (byte) 0x89;
    assertEquals(Optional.of(IntakeReason.PHOTO_NOT_JPEG), reason(cut.checkSizeAndMagic(png)));
  }

  @Test
  void aTruncatedJpegStartsRightButDoesNotDecode() {
    byte[] truncated = Arrays.copyOf(PORTRAIT, PORTRAIT.length / 2);
    assertEquals(Optional.empty(), new PhotoInspection(1, 99_999).checkSizeAndMagic(truncated));
    assertEquals(Optional.of(IntakeReason.PHOTO_NOT_JPEG), reason(cut.checkImage(truncated)));
  }

  @Test
  void aSmallButValidPhotoIsNotRefusedForItsSizeAlone() throws IOException {
    // Issue 16: a plain, valid 7 KB photo was refused by the old minimum of 8 KB.
    BufferedImage portrait = ImageIO.read(new ByteArrayInputStream(PORTRAIT));
    byte[] small = jpeg(portrait, 0.35f);
    assertTrue(small.length < 8192, small.length + " bytes");
    assertEquals(Optional.empty(), cut.checkSizeAndMagic(small));
    assertEquals(Optional.empty(), cut.checkImage(small));
    // Even a plain white photo of the standard's size passes the size bounds.
    byte[] white = jpeg(new BufferedImage(358, 441, BufferedImage.TYPE_3BYTE_BGR), 0.7f);
    assertEquals(Optional.empty(), cut.checkSizeAndMagic(white));
  }

  @Test
  void aGreyscaleJpegIsRefusedAsNot24BitColour() throws IOException {
    BufferedImage grey = new BufferedImage(358, 441, BufferedImage.TYPE_BYTE_GRAY);
    grey.getGraphics().drawImage(ImageIO.read(new ByteArrayInputStream(PORTRAIT)), 0, 0, null);
    Rejection rejection = cut.checkImage(jpeg(grey, 0.9f)).orElseThrow();
    assertEquals(IntakeReason.PHOTO_NOT_COLOUR_24BIT, rejection.reason());
    assertEquals(List.of(1, 8), rejection.arguments());
  }

  @Test
  void aJpegThatEndsRightButWhoseDataStopsShortIsRefused() {
    // The marker walk passes (the end-of-image marker is there), the decoder reads a premature end.
    byte[] cut = Arrays.copyOf(PORTRAIT, PORTRAIT.length / 2 + 2);
    cut[cut.length - 2] = (byte) 0xFF;
    cut[cut.length - 1] = (byte) 0xD9;
    assertEquals(Optional.of(IntakeReason.PHOTO_NOT_JPEG), reason(this.cut.checkImage(cut)));
  }

  @Test
  void aJpegWithDamagedDataIsRefused() {
    byte[] damaged = PORTRAIT.clone();
    Arrays.fill(damaged, damaged.length / 2, damaged.length / 2 + 300, (byte) 0xFF);
    assertEquals(Optional.empty(), cut.checkSizeAndMagic(damaged));
    assertEquals(Optional.of(IntakeReason.PHOTO_NOT_JPEG), reason(cut.checkImage(damaged)));
  }

  @Test
  void everyPaintedPortraitDecodes() {
    // The demo and the simulator send painted portraits: the decode must take every one.
    for (int seed = 0; seed < 20; seed++) {
      byte[] jpeg = PortraitPainter.paintJpeg(seed, seed % 2 == 0 ? Sex.MALE : Sex.FEMALE, 20);
      assertEquals(Optional.empty(), cut.checkImage(jpeg), "seed " + seed);
    }
  }

  @Test
  void otherDimensionsAreRefusedWithWhatWasFound() throws Exception {
    BufferedImage image = new BufferedImage(441, 358, BufferedImage.TYPE_3BYTE_BGR);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, "jpeg", out));
    Rejection rejection = cut.checkImage(out.toByteArray()).orElseThrow();
    assertEquals(IntakeReason.PHOTO_WRONG_DIMENSIONS, rejection.reason());
    assertEquals(List.of(441, 358, 358, 441), rejection.arguments());
  }
}
