package cn.cq.police.idcard.photos.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FaceDetectorTest {

  final FaceDetector cut = TestPhotos.detector();

  @Test
  void findsTheAstronautsFaceAndEyes() {
    List<DetectedFace> faces = cut.detect(TestPhotos.astronaut(), 40);
    assertEquals(1, faces.size(), faces.toString());
    DetectedFace face = faces.get(0);
    // The landmarks measured by hand: eyes at (202, 101) and (246, 103).
    assertTrue(face.box().contains(224, 102), face.toString());
    assertEquals(202, face.leftEye().x, 4);
    assertEquals(246, face.rightEye().x, 4);
    assertEquals(102, face.eyeLineY(), 4);
    assertEquals(-2.6, face.tiltDegrees(), 2.5);
  }

  @Test
  void aLargeImageIsSearchedScaledDownAndAnsweredInItsOwnPixels() {
    BufferedImage scan = TestPhotos.backdrop(2000, 2600, Color.WHITE);
    TestPhotos.place(scan, TestPhotos.person(), new TestPhotos.Placement(700, 1000, 500, 0));
    List<DetectedFace> faces = cut.detect(scan, 100);
    assertEquals(1, faces.size());
    assertEquals(1000, faces.get(0).centreX(), 20);
    assertEquals(700, faces.get(0).faceWidth(), 35);
  }

  @Test
  void nothingSmallerThanTheMinimumCounts() {
    assertEquals(List.of(), cut.detect(TestPhotos.astronaut(), 200));
    assertEquals(List.of(), cut.detect(TestPhotos.backdrop(640, 480, Color.WHITE), 40));
  }

  @Test
  void twoPeopleLargestFirst() {
    BufferedImage photo = TestPhotos.backdrop(640, 480, Color.WHITE);
    TestPhotos.place(photo, TestPhotos.person(), new TestPhotos.Placement(120, 160, 100, 0));
    TestPhotos.place(photo, TestPhotos.person(), new TestPhotos.Placement(150, 460, 80, 0));
    List<DetectedFace> faces = cut.detect(photo, 40);
    assertEquals(2, faces.size());
    assertTrue(faces.get(0).box().width > faces.get(1).box().width);
    assertEquals(460, faces.get(0).centreX(), 10);
  }

  @Test
  void detectsConcurrentlyWithItsPoolOfCascades() throws Exception {
    BufferedImage photo = TestPhotos.photo(TestPhotos.Placement.standard());
    Rectangle alone = cut.detect(photo, 60).get(0).box();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<DetectedFace>>> found = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        found.add(pool.submit(() -> cut.detect(photo, 60)));
      }
      for (Future<List<DetectedFace>> faces : found) {
        assertEquals(alone, faces.get().get(0).box());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void withoutEyesTheBoxGivesTheMeasures() {
    DetectedFace face = new DetectedFace(new Rectangle(100, 100, 200, 200), null, null);
    assertEquals(176, face.faceWidth(), 0.01);
    assertEquals(176, face.eyeLineY(), 0.01);
    assertEquals(200, face.centreX(), 0.01);
    assertEquals(0, face.tiltDegrees());
  }
}
