package cn.cq.police.idcard.demo.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.receipts.entity.Sex;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortraitPainterTest {

  private static BufferedImage decode(byte[] jpeg) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
    assertNotNull(image, "not a decodable image");
    return image;
  }

  // JPEG compression may shift pure white by a level or two.
  private static boolean isWhite(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return r >= 250 && g >= 250 && b >= 250;
  }

  @ParameterizedTest
  @CsvSource({
    "1, MALE, 32",
    "2, FEMALE, 27",
    "3, MALE, 71",
    "4, FEMALE, 66",
    "5, MALE, 8",
    "6, FEMALE, 12",
    "7, MALE, 90",
    "-8, FEMALE, 45"
  })
  void paintsAnIdPhotoSizedJpegOnWhite(long seed, Sex sex, int age) throws IOException {
    byte[] jpeg = PortraitPainter.paintJpeg(seed, sex, age);

    assertEquals((byte) 0xFF, jpeg[0]);
    assertEquals((byte) 0xD8, jpeg[1]);
    BufferedImage image = decode(jpeg);
    assertEquals(358, image.getWidth());
    assertEquals(441, image.getHeight());
    assertTrue(isWhite(image.getRGB(0, 0)));
    assertTrue(isWhite(image.getRGB(357, 0)));
    assertTrue(isWhite(image.getRGB(0, 200)));
    assertTrue(isWhite(image.getRGB(357, 200)));
    // The face is in the middle, and clothing covers the bottom corners.
    assertFalse(isWhite(image.getRGB(179, 200)));
    assertFalse(isWhite(image.getRGB(2, 438)));
    assertFalse(isWhite(image.getRGB(355, 438)));
  }

  @Test
  void headStartsNearTheTopEdgeAndIsCentred() throws IOException {
    BufferedImage image = decode(PortraitPainter.paintJpeg(11, Sex.MALE, 35));

    int top = 0;
    while (isWhite(image.getRGB(179, top))) {
      top++;
    }
    assertTrue(top >= 5 && top <= 30, "top of head at " + top);

    int row = 150;
    int left = 0;
    while (isWhite(image.getRGB(left, row))) {
      left++;
    }
    int right = 357;
    while (isWhite(image.getRGB(right, row))) {
      right--;
    }
    assertTrue(Math.abs((left + right) / 2 - 179) <= 4, "centre at " + (left + right) / 2);
    assertTrue(right - left >= 190 && right - left <= 240, "head width " + (right - left));
  }

  @Test
  void sameInputsGiveTheSameBytes() {
    assertArrayEquals(
        PortraitPainter.paintJpeg(42, Sex.FEMALE, 30),
        PortraitPainter.paintJpeg(42, Sex.FEMALE, 30));
  }

  @Test
  void differentSeedsGiveDifferentPortraits() {
    byte[] first = PortraitPainter.paintJpeg(42, Sex.FEMALE, 30);

    assertFalse(Arrays.equals(first, PortraitPainter.paintJpeg(43, Sex.FEMALE, 30)));
    assertFalse(Arrays.equals(first, PortraitPainter.paintJpeg(42, Sex.MALE, 30)));
    assertFalse(Arrays.equals(first, PortraitPainter.paintJpeg(42, Sex.FEMALE, 75)));
  }
}
