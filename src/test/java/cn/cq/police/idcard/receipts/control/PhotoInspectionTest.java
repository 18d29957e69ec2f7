package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.demo.control.PortraitPainter;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoInspectionTest {

  static final byte[] PORTRAIT = PortraitPainter.paintJpeg(42, Sex.FEMALE, 30);

  final PhotoInspection cut = new PhotoInspection(8192, 40960);

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
  void otherDimensionsAreRefusedWithWhatWasFound() throws Exception {
    BufferedImage image = new BufferedImage(441, 358, BufferedImage.TYPE_3BYTE_BGR);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, "jpeg", out));
    Rejection rejection = cut.checkImage(out.toByteArray()).orElseThrow();
    assertEquals(IntakeReason.PHOTO_WRONG_DIMENSIONS, rejection.reason());
    assertEquals(List.of(441, 358, 358, 441), rejection.arguments());
  }
}
