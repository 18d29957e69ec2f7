package cn.cq.police.idcard.receipts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.photos.control.TestPhotos;
import cn.cq.police.idcard.photos.control.TestPhotos.Placement;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JpegDecodingTest {

  static final byte[] PHOTO = TestPhotos.jpeg(TestPhotos.photo(Placement.standard()), 0.7f);

  @Test
  void aCompleteJpegDecodes() {
    BufferedImage image = JpegDecoding.decode(PHOTO).orElseThrow();
    assertEquals(358, image.getWidth());
    assertEquals(441, image.getHeight());
    assertTrue(JpegDecoding.decodesCompletely(PHOTO));
  }

  @Test
  void aTruncatedJpegDoesNotDecodeThoughTheJdkWouldFillItWithGrey() {
    byte[] truncated = Arrays.copyOf(PHOTO, PHOTO.length * 2 / 3);
    assertEquals(Optional.empty(), JpegDecoding.decode(truncated));
    assertFalse(JpegDecoding.decodesCompletely(truncated));
  }

  @Test
  void aTruncatedJpegWithItsEndMarkerPutBackDoesNotDecodeEither() {
    // Passes the marker walk (ends with EOI), but the data stops short: "Premature end".
    byte[] cut = Arrays.copyOf(PHOTO, PHOTO.length / 2 + 2);
    cut[cut.length - 2] = (byte) 0xFF;
    cut[cut.length - 1] = (byte) 0xD9;
    assertTrue(JpegFrame.read(cut).isPresent());
    assertEquals(Optional.empty(), JpegDecoding.decode(cut));
    assertFalse(JpegDecoding.decodesCompletely(cut));
  }

  @Test
  void damagedDataDoesNotDecode() {
    byte[] damaged = PHOTO.clone();
    Arrays.fill(damaged, damaged.length / 2, damaged.length / 2 + 300, (byte) 0xFF);
    assertEquals(Optional.empty(), JpegDecoding.decode(damaged));
    assertFalse(JpegDecoding.decodesCompletely(damaged));
  }

  @Test
  void otherBytesDoNotDecode() {
    assertEquals(Optional.empty(), JpegDecoding.decode(new byte[] {1, 2, 3}));
    assertEquals(Optional.empty(), JpegDecoding.decode(new byte[0]));
  }
}
