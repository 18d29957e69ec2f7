package cn.cq.police.idcard.photos.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.photos.control.TestPhotos.Placement;
import cn.cq.police.idcard.receipts.control.JpegDecoding;
import cn.cq.police.idcard.receipts.control.JpegFrame;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sources as the counter gets them: webcam frames, scans; the framed photo must pass the check. */
class PhotoFramingTest {

  static final PhotoStandard STANDARD = PhotoStandard.defaults();
  static final PhotoFraming CUT = new PhotoFraming(STANDARD, TestPhotos.detector());
  static final PhotoExamination CHECK = new PhotoExamination(STANDARD, TestPhotos.detector());

  static BufferedImage source(int width, int height, Placement placement) {
    BufferedImage source = TestPhotos.backdrop(width, height, Color.WHITE);
    TestPhotos.place(source, TestPhotos.person(), placement);
    return source;
  }

  static final BufferedImage WEBCAM = source(640, 480, new Placement(150, 300, 50, 0));

  static PhotoVerdict checked(FramedPhoto framed) {
    return CHECK.check(framed.jpeg());
  }

  @Test
  void aWebcamFrameBecomesAnAcceptedPhoto() {
    FramedPhoto framed = CUT.frame(WEBCAM);
    PhotoVerdict verdict = checked(framed);
    assertTrue(verdict.accepted(), verdict.findings().toString());
    // Face 150 px in the frame, 207 in the photo: the crop is 358 * 150 / 207 wide.
    assertEquals(259, framed.crop().width, 8);
    assertEquals(441.0 / 358, (double) framed.crop().height / framed.crop().width, 0.01);
    assertEquals(300, framed.crop().getCenterX(), 6);
    assertTrue(framed.sourceFace().isPresent());
  }

  @Test
  void aHighDefinitionFrameAndAScanToo() {
    assertTrue(checked(CUT.frame(source(1280, 720, new Placement(260, 700, 80, 0)))).accepted());
    PhotoVerdict scan = checked(CUT.frame(source(2480, 3508, new Placement(900, 1200, 600, 0))));
    assertTrue(scan.accepted(), scan.findings().toString());
  }

  @Test
  void theFinishedFileIsWhatTheStandardAsksFor() {
    FramedPhoto framed = CUT.frame(WEBCAM);
    JpegFrame frame = JpegFrame.read(framed.jpeg()).orElseThrow();
    assertEquals(new JpegFrame(0xC0, 358, 441, 8, 3), frame);
    assertTrue(framed.jpeg().length >= STANDARD.minBytes());
    assertTrue(framed.jpeg().length <= STANDARD.maxBytes());
    assertEquals(0.70f, framed.quality());
    // JFIF APP0 right after SOI: units 1 (dots per inch), 350 x 350.
    byte[] jpeg = framed.jpeg();
    assertEquals("JFIF", new String(jpeg, 6, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(1, jpeg[13]);
    assertEquals(350, ((jpeg[14] & 0xFF) << 8) | (jpeg[15] & 0xFF));
    assertEquals(350, ((jpeg[16] & 0xFF) << 8) | (jpeg[17] & 0xFF));
  }

  @Test
  void aPlainSourceGetsAHigherQualityToReachTheSmallestFileSize() {
    FramedPhoto framed = CUT.frame(TestPhotos.blurred(WEBCAM, 2.5));
    assertTrue(framed.quality() > 0.70f, "quality " + framed.quality());
    assertTrue(framed.jpeg().length >= STANDARD.minBytes(), framed.jpeg().length + " bytes");
  }

  @Test
  void aCropPastTheSourcesEdgeIsFilledWithWhite() {
    BufferedImage nearTheCorner = source(640, 480, new Placement(200, 120, -20, 0));
    FramedPhoto framed = CUT.frame(nearTheCorner);
    assertTrue(framed.crop().x < 0 && framed.crop().y < 0, framed.crop().toString());
    BufferedImage photo = JpegDecoding.decode(framed.jpeg()).orElseThrow();
    assertEquals(Color.WHITE.getRGB(), photo.getRGB(2, 2) | 0x030303);
    PhotoVerdict verdict = checked(framed);
    assertTrue(verdict.accepted(), verdict.findings().toString());
  }

  @Test
  void theClerksStepsChangeTheFramingAsTheCheckSees() {
    // The zoom keeps the crown in place: a larger face pushes the eyes down.
    assertEquals(
        Set.of(PhotoProblem.HEAD_TOO_LARGE, PhotoProblem.EYES_TOO_LOW),
        checked(CUT.frame(WEBCAM, new FramingAdjustment(4, 0, 0))).problems());
    assertEquals(
        Set.of(PhotoProblem.HEAD_TOO_SMALL),
        checked(CUT.frame(WEBCAM, new FramingAdjustment(-4, 0, 0))).problems());
    assertEquals(
        Set.of(PhotoProblem.NOT_CENTRED),
        checked(CUT.frame(WEBCAM, new FramingAdjustment(0, 6, 0))).problems());
    assertEquals(
        Set.of(PhotoProblem.TOP_MARGIN_TOO_SMALL),
        checked(CUT.frame(WEBCAM, new FramingAdjustment(0, 0, -3))).problems());
    assertEquals(
        Set.of(PhotoProblem.TOP_MARGIN_TOO_LARGE),
        checked(CUT.frame(WEBCAM, new FramingAdjustment(0, 0, 3))).problems());
  }

  @Test
  void aCropBesideTheSourceIsAllWhite() {
    BufferedImage photo = CUT.render(WEBCAM, new Rectangle(700, 0, 260, 320));
    assertEquals(358, photo.getWidth());
    assertEquals(Color.WHITE.getRGB(), photo.getRGB(179, 220));
  }

  @Test
  void aKeptCropRendersTheSamePhoto() {
    FramedPhoto proposed = CUT.frame(WEBCAM);
    FramedPhoto again = CUT.frame(WEBCAM, proposed.crop());
    assertEquals(proposed.crop(), again.crop());
    assertEquals(proposed.jpeg().length, again.jpeg().length);
  }

  @Test
  void withoutAFaceTheMiddleIsCroppedAndTheCheckSaysSo() {
    BufferedImage upsideDown = source(640, 480, new Placement(150, 300, 50, 180));
    FramedPhoto framed = CUT.frame(upsideDown);
    assertNull(framed.face());
    assertEquals(new Rectangle(125, 0, 389, 480), framed.crop());
    assertTrue(checked(framed).problems().contains(PhotoProblem.NO_FACE));
  }
}
