package cn.cq.police.idcard.photos.control;

import static cn.cq.police.idcard.photos.control.PhotoProblem.BACKGROUND_NOT_PLAIN;
import static cn.cq.police.idcard.photos.control.PhotoProblem.BACKGROUND_NOT_WHITE;
import static cn.cq.police.idcard.photos.control.PhotoProblem.BACKGROUND_UNEVEN;
import static cn.cq.police.idcard.photos.control.PhotoProblem.BLURRED;
import static cn.cq.police.idcard.photos.control.PhotoProblem.COLOUR_CAST;
import static cn.cq.police.idcard.photos.control.PhotoProblem.EYES_NOT_FOUND;
import static cn.cq.police.idcard.photos.control.PhotoProblem.EYES_TOO_LOW;
import static cn.cq.police.idcard.photos.control.PhotoProblem.FILE_TOO_LARGE;
import static cn.cq.police.idcard.photos.control.PhotoProblem.FILE_TOO_SMALL;
import static cn.cq.police.idcard.photos.control.PhotoProblem.GREYSCALE;
import static cn.cq.police.idcard.photos.control.PhotoProblem.HEAD_TOO_LARGE;
import static cn.cq.police.idcard.photos.control.PhotoProblem.HEAD_TOO_SMALL;
import static cn.cq.police.idcard.photos.control.PhotoProblem.NOT_CENTRED;
import static cn.cq.police.idcard.photos.control.PhotoProblem.NOT_COLOUR_24BIT;
import static cn.cq.police.idcard.photos.control.PhotoProblem.NOT_JPEG;
import static cn.cq.police.idcard.photos.control.PhotoProblem.NO_FACE;
import static cn.cq.police.idcard.photos.control.PhotoProblem.OVEREXPOSED;
import static cn.cq.police.idcard.photos.control.PhotoProblem.SEVERAL_FACES;
import static cn.cq.police.idcard.photos.control.PhotoProblem.TILTED;
import static cn.cq.police.idcard.photos.control.PhotoProblem.TOO_DARK;
import static cn.cq.police.idcard.photos.control.PhotoProblem.TOP_MARGIN_TOO_LARGE;
import static cn.cq.police.idcard.photos.control.PhotoProblem.TOP_MARGIN_TOO_SMALL;
import static cn.cq.police.idcard.photos.control.PhotoProblem.WRONG_DIMENSIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.photos.control.TestPhotos.Placement;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every check on both sides of its threshold, on photos made from a real face (see {@link
 * TestPhotos}); then whole photos, whose findings must be exactly the expected ones.
 */
class PhotoExaminationTest {

  static final PhotoStandard STANDARD = PhotoStandard.defaults();
  static final PhotoExamination CUT = new PhotoExamination(STANDARD, TestPhotos.detector());
  static final Placement WELL = Placement.standard();

  final List<PhotoAnalysis> analysed = new ArrayList<>();

  @AfterEach
  void release() {
    analysed.forEach(PhotoAnalysis::close);
  }

  PhotoAnalysis analysed(BufferedImage image) {
    PhotoAnalysis photo = PhotoAnalysis.of(image);
    analysed.add(photo);
    return photo;
  }

  DetectedFace faceOf(PhotoAnalysis photo) {
    List<DetectedFace> faces = photo.faces(TestPhotos.detector(), STANDARD.minDetectedFaceWidth());
    assertEquals(1, faces.size(), "faces: " + faces);
    return faces.get(0);
  }

  static Set<PhotoProblem> problems(List<PhotoFinding> findings) {
    Set<PhotoProblem> problems = EnumSet.noneOf(PhotoProblem.class);
    findings.forEach(finding -> problems.add(finding.problem()));
    return problems;
  }

  static Set<PhotoProblem> none() {
    return EnumSet.noneOf(PhotoProblem.class);
  }

  @Test
  void aWellFramedPhotoIsAccepted() {
    PhotoVerdict verdict = CUT.check(TestPhotos.jpeg(TestPhotos.photo(WELL), 0.7f));
    assertTrue(verdict.accepted(), verdict.findings().toString());
    DetectedFace face = verdict.face().orElseThrow();
    assertEquals(207, face.faceWidth(), 7);
    assertEquals(WELL.eyeLineY(), face.eyeLineY(), 4);
    assertEquals(179, face.centreX(), 3);
    assertTrue(face.eyesFound());
  }

  @Nested
  class File {

    final byte[] well = TestPhotos.jpeg(TestPhotos.photo(WELL), 0.7f);

    @Test
    void somethingElseThanAJpegIsNotChecked() {
      byte[] png =
          "\u0089PNG\r\n\u001a\n not a jpeg".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      PhotoVerdict verdict = CUT.check(png);
      assertEquals(Set.of(NOT_JPEG), verdict.problems());
      assertEquals(Set.of(PhotoCheck.FILE), verdict.nanos().keySet());
    }

    @Test
    void aTruncatedJpegIsNoJpeg() {
      assertEquals(
          Set.of(NOT_JPEG), CUT.check(Arrays.copyOf(well, well.length * 2 / 3)).problems());
    }

    @Test
    void aJpegWhoseDataIsDamagedDoesNotDecode() {
      // The markers are intact (the file check passes), the entropy-coded data is not.
      byte[] damaged = well.clone();
      for (int i = damaged.length / 2; i < damaged.length / 2 + 400; i++) {
        damaged[i] = (byte) 0xFF;
      }
      assertEquals(List.of(), CUT.file(damaged));
      PhotoVerdict verdict = CUT.check(damaged);
      assertEquals(Set.of(NOT_JPEG), verdict.problems());
      assertTrue(verdict.nanos().containsKey(PhotoCheck.DECODING));
      assertFalse(verdict.nanos().containsKey(PhotoCheck.FACES));
    }

    @Test
    void aGreyscaleJpegIsNot24BitColourAndNotAlsoGreyscale() {
      byte[] grey = TestPhotos.jpeg(TestPhotos.grey(TestPhotos.photo(WELL)), 0.8f);
      PhotoVerdict verdict = CUT.check(grey);
      assertEquals(Set.of(NOT_COLOUR_24BIT), verdict.problems());
      assertEquals(8, verdict.finding(NOT_COLOUR_24BIT).orElseThrow().measured());
    }

    @Test
    void aFourComponentJpegIsNot24BitColourThoughItDoesNotDecodeEither() {
      // The frame header of a CMYK photo: 4 components. The JDK cannot decode it.
      byte[] cmyk = well.clone();
      for (int i = 2; i + 9 < cmyk.length; i++) {
        if ((cmyk[i] & 0xFF) == 0xFF && (cmyk[i + 1] & 0xFF) == 0xC0) {
          cmyk[i + 9] = 4;
          break;
        }
      }
      PhotoVerdict verdict = CUT.check(cmyk);
      assertEquals(Set.of(NOT_COLOUR_24BIT), verdict.problems());
      assertEquals(32, verdict.finding(NOT_COLOUR_24BIT).orElseThrow().measured());
      assertTrue(verdict.nanos().containsKey(PhotoCheck.DECODING));
      assertFalse(verdict.nanos().containsKey(PhotoCheck.FACES));
    }

    @Test
    void otherDimensionsAreReportedAndThePositionNotChecked() {
      BufferedImage larger = TestPhotos.backdrop(400, 500, Color.WHITE);
      TestPhotos.place(larger, TestPhotos.person(), WELL);
      PhotoVerdict verdict = CUT.check(TestPhotos.jpeg(larger, 0.7f));
      assertEquals(Set.of(WRONG_DIMENSIONS), verdict.problems());
      PhotoFinding finding = verdict.finding(WRONG_DIMENSIONS).orElseThrow();
      assertEquals("400 x 500", finding.measured());
      assertEquals("358 x 441", finding.limit());
      assertFalse(verdict.nanos().containsKey(PhotoCheck.HEAD_SIZE));
    }

    @Test
    void fileSizeBoundsAreInclusive() {
      PhotoExamination exact = new PhotoExamination(bytes(well.length, well.length), null);
      assertEquals(List.of(), exact.file(well));
      assertEquals(
          List.of(PhotoFinding.of(FILE_TOO_SMALL, well.length, well.length + 1)),
          new PhotoExamination(bytes(well.length + 1, 99_999), null).file(well));
      assertEquals(
          List.of(PhotoFinding.of(FILE_TOO_LARGE, well.length, well.length - 1)),
          new PhotoExamination(bytes(1, well.length - 1), null).file(well));
    }

    @Test
    void theDefaultBoundsTakeQuality60To90AndRefuseFurtherCompressionOrAlmostNone() {
      BufferedImage photo = TestPhotos.photo(WELL);
      assertEquals(List.of(), CUT.file(TestPhotos.jpeg(photo, 0.6f)));
      assertEquals(List.of(), CUT.file(TestPhotos.jpeg(photo, 0.9f)));
      assertEquals(Set.of(FILE_TOO_SMALL), problems(CUT.file(TestPhotos.jpeg(photo, 0.4f))));
      assertEquals(Set.of(FILE_TOO_LARGE), problems(CUT.file(TestPhotos.jpeg(photo, 1.0f))));
    }

    PhotoStandard bytes(int min, int max) {
      return PhotoStandard.from(
          key ->
              switch (key) {
                case "photos.check.min-bytes" -> java.util.Optional.of(Integer.toString(min));
                case "photos.check.max-bytes" -> java.util.Optional.of(Integer.toString(max));
                default -> java.util.Optional.empty();
              });
    }
  }

  @Nested
  class Colour {

    @Test
    void aColourFaceHasColour() {
      PhotoAnalysis photo = analysed(TestPhotos.photo(WELL));
      assertEquals(List.of(), CUT.colour(photo, faceOf(photo)));
    }

    @Test
    void aPaleButColourFaceIsColourEnough() {
      PhotoAnalysis photo = analysed(TestPhotos.saturated(TestPhotos.photo(WELL), 0.3));
      assertEquals(List.of(), CUT.colour(photo, faceOf(photo)));
    }

    @Test
    void almostGreyIsGreyscale() {
      PhotoAnalysis photo = analysed(TestPhotos.saturated(TestPhotos.photo(WELL), 0.15));
      assertEquals(Set.of(GREYSCALE), problems(CUT.colour(photo, faceOf(photo))));
    }

    @Test
    void greyStoredAsColourIsGreyscale() {
      PhotoAnalysis photo = analysed(TestPhotos.greyInColour(TestPhotos.photo(WELL)));
      List<PhotoFinding> findings = CUT.colour(photo, faceOf(photo));
      assertEquals(Set.of(GREYSCALE), problems(findings));
      assertEquals(0.0, (double) findings.get(0).measured(), 1.0);
      assertEquals(12.0, findings.get(0).limit());
    }
  }

  @Nested
  class Background {

    List<PhotoFinding> background(Paint backdrop) {
      return CUT.background(analysed(TestPhotos.photo(WELL, backdrop)));
    }

    @Test
    void whiteIsWhite() {
      assertEquals(List.of(), background(Color.WHITE));
    }

    @Test
    void lightGreyIsWhiteEnoughDarkerGreyIsNot() {
      assertEquals(List.of(), background(new Color(232, 232, 232)));
      List<PhotoFinding> findings = background(new Color(205, 205, 205));
      assertEquals(Set.of(BACKGROUND_NOT_WHITE), problems(findings));
      assertEquals(205.0, (double) findings.get(0).measured(), 1.0);
    }

    @Test
    void aSlightGradientIsEvenAShadowIsNot() {
      assertEquals(
          List.of(),
          background(new GradientPaint(0, 0, Color.WHITE, 358, 0, new Color(240, 240, 240))));
      assertEquals(
          Set.of(BACKGROUND_UNEVEN),
          problems(
              background(new GradientPaint(0, 0, Color.WHITE, 358, 0, new Color(195, 195, 195)))));
    }

    @Test
    void aHintOfBlueIsNeutralEnoughPaleBlueIsACast() {
      assertEquals(List.of(), background(new Color(248, 250, 255)));
      List<PhotoFinding> findings = background(new Color(235, 240, 255));
      assertEquals(Set.of(COLOUR_CAST), problems(findings));
      assertEquals(20.0, (double) findings.get(0).measured(), 1.0);
    }

    @Test
    void aWarmWhiteBalanceIsACast() {
      BufferedImage warm = TestPhotos.channels(TestPhotos.photo(WELL), 1, 0.97, 0.88);
      assertEquals(Set.of(COLOUR_CAST), problems(CUT.background(analysed(warm))));
    }

    @Test
    void aPatternedBackdropIsNoPlainBackground() {
      BufferedImage tile = TestPhotos.backdrop(16, 16, Color.WHITE);
      java.awt.Graphics g = tile.getGraphics();
      g.setColor(new Color(225, 225, 225));
      g.fillRect(0, 0, 8, 8);
      g.fillRect(8, 8, 8, 8);
      g.dispose();
      List<PhotoFinding> findings =
          background(new java.awt.TexturePaint(tile, new Rectangle(0, 0, 16, 16)));
      assertEquals(Set.of(BACKGROUND_NOT_PLAIN), problems(findings));
      assertEquals(80.0, findings.get(0).limit());
    }

    @Test
    void theStudiosBackdropWithAFlagAndAModelIsNotPlain() {
      BufferedImage studio = TestPhotos.place358(TestPhotos.astronaut());
      assertEquals(Set.of(BACKGROUND_NOT_PLAIN), problems(CUT.background(analysed(studio))));
    }
  }

  @Nested
  class Exposure {

    List<PhotoFinding> exposure(double brightness) {
      BufferedImage person = TestPhotos.brighter(TestPhotos.person(), brightness);
      PhotoAnalysis photo = analysed(TestPhotos.photo(person, WELL, Color.WHITE));
      return CUT.exposure(photo, faceOf(photo));
    }

    @Test
    void dimIsStillBrightEnoughDarkerIsTooDark() {
      assertEquals(List.of(), exposure(0.5));
      List<PhotoFinding> findings = exposure(0.4);
      assertEquals(Set.of(TOO_DARK), problems(findings));
      assertEquals(80.0, findings.get(0).limit());
    }

    @Test
    void brightIsStillFineBrighterLosesTheHighlights() {
      assertEquals(List.of(), exposure(1.15));
      // The mean is still below the limit, but a tenth of the face is at full brightness.
      List<PhotoFinding> clipped = exposure(1.2);
      assertEquals(Set.of(OVEREXPOSED), problems(clipped));
      assertEquals(5.0, clipped.get(0).limit());
      List<PhotoFinding> blownOut = exposure(1.4);
      assertEquals(Set.of(OVEREXPOSED), problems(blownOut));
      assertEquals(215.0, blownOut.get(0).limit());
    }
  }

  @Nested
  class Sharpness {

    @Test
    void theFaceScaledUpIsStillSharpBlurredItIsNot() {
      PhotoAnalysis sharp = analysed(TestPhotos.photo(WELL));
      assertEquals(List.of(), CUT.sharpness(sharp, faceOf(sharp)));
      PhotoAnalysis blurred = analysed(TestPhotos.blurred(TestPhotos.photo(WELL), 1.5));
      List<PhotoFinding> findings = CUT.sharpness(blurred, faceOf(blurred));
      assertEquals(Set.of(BLURRED), problems(findings));
      assertTrue((double) findings.get(0).measured() < 16);
    }

    @Test
    void darknessIsNotBlur() {
      BufferedImage dim = TestPhotos.brighter(TestPhotos.person(), 0.45);
      PhotoAnalysis photo = analysed(TestPhotos.photo(dim, WELL, Color.WHITE));
      assertEquals(List.of(), CUT.sharpness(photo, faceOf(photo)));
    }
  }

  @Nested
  class Faces {

    @Test
    void oneFaceWithBothEyes() {
      assertEquals(List.of(), CUT.faces(analysed(TestPhotos.photo(WELL))));
    }

    @Test
    void noFaceOnAnEmptyBackdropNorUpsideDown() {
      assertEquals(
          Set.of(NO_FACE),
          problems(CUT.faces(analysed(TestPhotos.backdrop(358, 441, Color.WHITE)))));
      assertEquals(
          Set.of(NO_FACE), problems(CUT.faces(analysed(TestPhotos.photo(WELL.degrees(180))))));
    }

    @Test
    void twoPeopleAreTwoFaces() {
      List<PhotoFinding> findings = CUT.faces(analysed(TestPhotos.twoPeople()));
      assertEquals(List.of(PhotoFinding.of(SEVERAL_FACES, 2, 1)), findings);
    }

    @Test
    void darkGlassesHideTheEyes() {
      PhotoAnalysis photo = analysed(TestPhotos.withSunglasses(TestPhotos.photo(WELL)));
      assertEquals(List.of(PhotoFinding.of(EYES_NOT_FOUND)), CUT.faces(photo));
    }
  }

  @Nested
  class Position {

    List<PhotoFinding> checked(Placement placement) {
      PhotoVerdict verdict = CUT.check(TestPhotos.photo(placement));
      return verdict.findings();
    }

    @Test
    void faceWidthWithinTheToleranceIsAccepted() {
      assertEquals(List.of(), checked(WELL.faceWidth(199)));
      assertEquals(List.of(), checked(WELL.faceWidth(215).crownY(8)));
    }

    @Test
    void aSmallerFaceIsTooSmall() {
      List<PhotoFinding> findings = checked(WELL.faceWidth(184));
      assertEquals(Set.of(HEAD_TOO_SMALL), problems(findings));
      assertEquals(193, findings.get(0).limit());
    }

    @Test
    void aLargerFaceIsTooLargeItsHairMayBeCut() {
      // Crown 2 px below the edge: the eye line is 4 px above its limit, so the head cannot move
      // down by the 5 px the top margin misses, and GA 461 puts the eyes first.
      List<PhotoFinding> findings = checked(WELL.faceWidth(229).crownY(2));
      assertEquals(Set.of(HEAD_TOO_LARGE), problems(findings));
    }

    @Test
    void eyesTooCloseToTheBottom() {
      assertEquals(List.of(), checked(WELL.crownY(18)));
      assertEquals(Set.of(EYES_TOO_LOW, TOP_MARGIN_TOO_LARGE), problems(checked(WELL.crownY(30))));
    }

    @Test
    void topMarginBothWays() {
      assertEquals(List.of(), checked(WELL.crownY(8)));
      assertEquals(List.of(), checked(WELL.crownY(20)));
      List<PhotoFinding> small = checked(WELL.crownY(3));
      assertEquals(Set.of(TOP_MARGIN_TOO_SMALL), problems(small));
      assertEquals(7, small.get(0).limit());
      // Crown 26 px down: eye line 233, so 208 px above the bottom, still allowed.
      assertEquals(Set.of(TOP_MARGIN_TOO_LARGE), problems(checked(WELL.crownY(26))));
    }

    @Test
    void aSmallTopMarginIsAcceptedWhenTheEyesCannotMoveDown() {
      PhotoAnalysis photo = analysed(TestPhotos.photo(WELL.crownY(3)));
      DetectedFace measured = faceOf(photo);
      assertEquals(Set.of(TOP_MARGIN_TOO_SMALL), problems(CUT.topMargin(photo, measured)));
      // The same crown, were the eyes 209 px above the bottom: no room to move the head down.
      DetectedFace lowEyes =
          new DetectedFace(
              measured.box(), new Point2D.Double(125, 232), new Point2D.Double(233, 232));
      assertEquals(List.of(), CUT.topMargin(photo, lowEyes));
    }

    @Test
    void centredWithinTheToleranceEitherWay() {
      assertEquals(List.of(), checked(WELL.eyesX(179 + 12)));
      assertEquals(List.of(), checked(WELL.eyesX(179 - 12)));
      List<PhotoFinding> right = checked(WELL.eyesX(179 + 24));
      assertEquals(Set.of(NOT_CENTRED), problems(right));
      assertEquals(24.0, (int) right.get(0).measured(), 2);
      assertEquals(Set.of(NOT_CENTRED), problems(checked(WELL.eyesX(179 - 24))));
    }

    @Test
    void tiltedBeyondFiveDegrees() {
      // The astronaut holds her head 3 degrees tilted: turning it 4 degrees back straightens it.
      assertEquals(List.of(), checked(WELL.degrees(-4)));
      List<PhotoFinding> findings = checked(WELL.degrees(4));
      assertEquals(Set.of(TILTED), problems(findings));
      assertEquals(5.0, findings.get(0).limit());
      assertEquals(Set.of(TILTED), problems(checked(WELL.degrees(-10))));
    }

    @Test
    void theCrownIsTheFirstRowOfHair() {
      PhotoAnalysis photo = analysed(TestPhotos.photo(WELL.crownY(14)));
      assertEquals(14, PhotoExamination.crown(photo, faceOf(photo)), 2);
    }
  }

  /** Whole photos, as the benchmark shows them: exactly these findings. */
  @Nested
  class WholePhotos {

    Set<PhotoProblem> check(BufferedImage photo) {
      return CUT.check(TestPhotos.jpeg(photo, 0.7f)).problems();
    }

    @Test
    void eachFaultOnItsOwn() {
      assertEquals(none(), check(TestPhotos.photo(WELL)));
      assertEquals(Set.of(HEAD_TOO_SMALL), check(TestPhotos.photo(WELL.faceWidth(170))));
      assertEquals(Set.of(NOT_CENTRED), check(TestPhotos.photo(WELL.eyesX(210))));
      assertEquals(Set.of(TILTED), check(TestPhotos.photo(WELL.degrees(6))));
      assertEquals(Set.of(SEVERAL_FACES), check(TestPhotos.twoPeople()));
      assertEquals(Set.of(GREYSCALE), check(TestPhotos.greyInColour(TestPhotos.photo(WELL))));
      assertEquals(Set.of(COLOUR_CAST), check(TestPhotos.photo(WELL, new Color(235, 240, 255))));
      assertEquals(
          Set.of(OVEREXPOSED),
          check(
              TestPhotos.photo(TestPhotos.brighter(TestPhotos.person(), 1.5), WELL, Color.WHITE)));
      assertEquals(
          Set.of(EYES_NOT_FOUND), check(TestPhotos.withSunglasses(TestPhotos.photo(WELL))));
      // An empty backdrop: no face, and a plain white JPEG is 3 KB.
      assertEquals(
          Set.of(FILE_TOO_SMALL, NO_FACE), check(TestPhotos.backdrop(358, 441, Color.WHITE)));
    }

    @Test
    void anUnderexposedCameraDarkensBackgroundAndFaceAndCompressesBetter() {
      assertEquals(
          Set.of(FILE_TOO_SMALL, BACKGROUND_NOT_WHITE, TOO_DARK),
          check(TestPhotos.brighter(TestPhotos.photo(WELL), 0.4)));
    }

    @Test
    void aBlurredPhotoIsAlsoASmallFile() {
      assertEquals(
          Set.of(FILE_TOO_SMALL, BLURRED), check(TestPhotos.blurred(TestPhotos.photo(WELL), 1.5)));
    }

    @Test
    void aShadowOnTheBackdrop() {
      assertEquals(
          Set.of(BACKGROUND_UNEVEN),
          check(
              TestPhotos.photo(
                  WELL, new GradientPaint(0, 0, Color.WHITE, 358, 0, new Color(190, 190, 190)))));
    }
  }

  @Test
  void theChecksAreTimed() {
    PhotoVerdict verdict = CUT.check(TestPhotos.jpeg(TestPhotos.photo(WELL), 0.7f));
    assertEquals(EnumSet.allOf(PhotoCheck.class), verdict.nanos().keySet());
    assertTrue(verdict.totalNanos() > 0);
  }

  @Test
  void aCheckTakesLessThan200Milliseconds() {
    byte[] photo = TestPhotos.jpeg(TestPhotos.photo(WELL), 0.7f);
    long[] millis = new long[9];
    for (int i = 0; i < 3; i++) {
      CUT.check(photo); // warm-up
    }
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      CUT.check(photo);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    assertTrue(millis[millis.length / 2] < 200, "median " + millis[millis.length / 2] + " ms");
  }

  @Test
  void concurrentChecksGiveTheSameVerdicts() throws Exception {
    List<byte[]> photos =
        List.of(
            TestPhotos.jpeg(TestPhotos.photo(WELL), 0.7f),
            TestPhotos.jpeg(TestPhotos.photo(WELL.faceWidth(170)), 0.7f),
            TestPhotos.jpeg(TestPhotos.twoPeople(), 0.7f),
            TestPhotos.jpeg(TestPhotos.photo(WELL.degrees(6)), 0.7f));
    List<Set<PhotoProblem>> sequential = photos.stream().map(p -> CUT.check(p).problems()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Set<PhotoProblem>>> running = new ArrayList<>();
      for (int round = 0; round < 6; round++) {
        for (byte[] photo : photos) {
          running.add(pool.submit(() -> CUT.check(photo).problems()));
        }
      }
      for (int i = 0; i < running.size(); i++) {
        assertEquals(sequential.get(i % photos.size()), running.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void thePixelsAloneOfAFrameBeforeItIsEncoded() {
    PhotoVerdict verdict = CUT.check(TestPhotos.photo(WELL));
    assertTrue(verdict.accepted(), verdict.findings().toString());
    assertFalse(verdict.nanos().containsKey(PhotoCheck.DECODING));
    assertEquals(
        Set.of(WRONG_DIMENSIONS),
        CUT.check(TestPhotos.backdrop(100, 100, Color.WHITE)).problems().stream()
            .filter(p -> p != NO_FACE)
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void theFaceRegionIsTheMiddleOfTheBox() {
    PhotoAnalysis photo = analysed(TestPhotos.photo(WELL));
    DetectedFace face = new DetectedFace(new Rectangle(100, 100, 200, 200), null, null);
    assertEquals(new Rectangle(140, 150, 120, 120), photo.faceRegion(face));
  }
}
