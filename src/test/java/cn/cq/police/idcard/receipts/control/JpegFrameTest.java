package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.photos.control.TestPhotos;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JpegFrameTest {

  static final byte[] COLOUR =
      TestPhotos.jpeg(TestPhotos.backdrop(358, 441, new Color(200, 220, 240)), 0.7f);

  @Test
  void aColourJpegIs24BitBaseline() {
    JpegFrame frame = JpegFrame.read(COLOUR).orElseThrow();
    assertEquals(new JpegFrame(0xC0, 358, 441, 8, 3), frame);
    assertTrue(frame.colour24Bit());
    assertTrue(frame.baseline());
  }

  @Test
  void aGreyscaleJpegHasOneComponent() {
    BufferedImage grey = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
    JpegFrame frame = JpegFrame.read(TestPhotos.jpeg(grey, 0.7f)).orElseThrow();
    assertEquals(1, frame.components());
    assertEquals(40, frame.width());
    assertEquals(30, frame.height());
    assertFalse(frame.colour24Bit());
  }

  @Test
  void aTruncatedFileOrOtherBytesHaveNoFrame() {
    assertEquals(Optional.empty(), JpegFrame.read(Arrays.copyOf(COLOUR, COLOUR.length - 10)));
    assertEquals(Optional.empty(), JpegFrame.read(Arrays.copyOf(COLOUR, 100)));
    assertEquals(Optional.empty(), JpegFrame.read(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    assertEquals(Optional.empty(), JpegFrame.read("GIF89a....".getBytes()));
    assertFalse(JpegFrame.startsLikeJpeg(new byte[0]));
    assertTrue(JpegFrame.startsLikeJpeg(COLOUR));
  }

  @Test
  void aProgressiveFrameIsNotBaseline() {
    byte[] progressive = COLOUR.clone();
    for (int i = 2; i + 1 < progressive.length; i++) {
      if ((progressive[i] & 0xFF) == 0xFF && (progressive[i + 1] & 0xFF) == 0xC0) {
        progressive[i + 1] = (byte) 0xC2;
        break;
      }
    }
    JpegFrame frame = JpegFrame.read(progressive).orElseThrow();
    assertEquals(0xC2, frame.marker());
    assertFalse(frame.baseline());
  }
}
