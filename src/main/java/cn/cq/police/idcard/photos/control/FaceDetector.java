package cn.cq.police.idcard.photos.control;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * Finds frontal faces and their eyes with OpenCV's Haar cascades (Viola-Jones), which ship in this
 * war under {@code photos/} (from Debian's opencv-data 4.6.0+dfsg-12; see LICENSE-opencv-data.txt
 * there): nothing is downloaded at run time.
 *
 * <p>Loading the native library and the cascades costs several hundred milliseconds once (see
 * docs/photos.md); build one detector and share it. Thread-safe: a {@link CascadeClassifier} is
 * not, so every detection borrows a set of classifiers from a small pool, which grows to the number
 * of detections that ever ran at once.
 */
public final class FaceDetector {

  static final String FACE_CASCADE = "haarcascade_frontalface_alt2.xml";
  static final String EYE_CASCADE = "haarcascade_eye.xml";
  static final String GLASSES_EYE_CASCADE = "haarcascade_eye_tree_eyeglasses.xml";

  /** Larger images are searched scaled down to this longer side: faster, and enough for a face. */
  static final int SEARCH_SIDE = 800;

  private static boolean nativeLoaded;

  private final Path faceCascade;
  private final Path eyeCascade;
  private final Path glassesEyeCascade;
  private final Queue<Cascades> idle = new ConcurrentLinkedQueue<>();

  private record Cascades(
      CascadeClassifier face, CascadeClassifier eye, CascadeClassifier glasses) {}

  private FaceDetector(Path directory) {
    this.faceCascade = extract(directory, FACE_CASCADE);
    this.eyeCascade = extract(directory, EYE_CASCADE);
    this.glassesEyeCascade = extract(directory, GLASSES_EYE_CASCADE);
    idle.add(newCascades()); // fails now, not at the first photo, should a cascade not load
  }

  /**
   * Loads OpenCV's native library (once per JVM; the linux x86_64 one in the war, any platform's
   * from the full jar in tests) and the cascades.
   */
  public static FaceDetector create() {
    loadNativeLibrary();
    try {
      Path directory = Files.createTempDirectory("idcard-cascades");
      directory.toFile().deleteOnExit();
      return new FaceDetector(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads OpenCV's native library, unless this JVM already has; the bulk of the start-up cost. */
  public static synchronized void loadNativeLibrary() {
    if (!nativeLoaded) {
      nu.pattern.OpenCV.loadLocally();
      // One thread per detection: concurrent checks keep the cores busy themselves. OpenCV's own
      // threads made no difference measurable on two shared cores (docs/photos.md).
      Core.setNumThreads(1);
      nativeLoaded = true;
    }
  }

  /**
   * The faces in an image of any size, largest first, in its pixel coordinates.
   *
   * @param minFaceWidth smaller detections (in the image's pixels) are not faces
   */
  public List<DetectedFace> detect(BufferedImage image, int minFaceWidth) {
    Mat bgr = Mats.bgr(image);
    Mat grey = Mats.grey(bgr);
    try {
      return detect(grey, minFaceWidth);
    } finally {
      bgr.release();
      grey.release();
    }
  }

  /** The faces in a greyscale image. */
  List<DetectedFace> detect(Mat grey, int minFaceWidth) {
    int longer = Math.max(grey.cols(), grey.rows());
    double scale = longer > SEARCH_SIDE ? (double) SEARCH_SIDE / longer : 1;
    Mat search = new Mat();
    if (scale < 1) {
      Imgproc.resize(grey, search, new Size(), scale, scale, Imgproc.INTER_AREA);
    } else {
      grey.copyTo(search);
    }
    Imgproc.equalizeHist(search, search);
    Cascades cascades = borrow();
    try {
      int minWidth = Math.max(24, (int) Math.round(minFaceWidth * scale));
      MatOfRect found = new MatOfRect();
      cascades.face.detectMultiScale(
          search, found, 1.1, 4, 0, new Size(minWidth, minWidth), new Size());
      List<DetectedFace> faces = new ArrayList<>();
      for (Rect box : found.toArray()) {
        faces.add(withEyes(cascades, search, box).scaled(1 / scale));
      }
      found.release();
      faces.sort(Comparator.comparingInt((DetectedFace face) -> face.box().width).reversed());
      return faces;
    } finally {
      idle.add(cascades);
      search.release();
    }
  }

  /**
   * Looks for one eye in each half of the face's upper part, where the eyes of an upright face are;
   * tries the cascade trained with glasses when the plain one misses.
   */
  private static DetectedFace withEyes(Cascades cascades, Mat grey, Rect box) {
    Rectangle faceBox = new Rectangle(box.x, box.y, box.width, box.height);
    Point2D.Double left = eye(cascades.eye, grey, box, true);
    Point2D.Double right = eye(cascades.eye, grey, box, false);
    if (left == null || right == null) {
      left = left != null ? left : eye(cascades.glasses, grey, box, true);
      right = right != null ? right : eye(cascades.glasses, grey, box, false);
    }
    return left == null || right == null
        ? new DetectedFace(faceBox, null, null)
        : new DetectedFace(faceBox, left, right);
  }

  private static Point2D.Double eye(CascadeClassifier cascade, Mat grey, Rect face, boolean left) {
    int top = face.y + face.height / 6;
    int bottom = face.y + face.height * 3 / 5;
    int x = left ? face.x : face.x + face.width / 2;
    Rect half = new Rect(x, top, face.width / 2, bottom - top);
    Mat region = grey.submat(half);
    MatOfRect found = new MatOfRect();
    int min = Math.max(8, face.width / 8);
    int max = Math.max(min + 1, face.width * 2 / 5);
    cascade.detectMultiScale(region, found, 1.1, 3, 0, new Size(min, min), new Size(max, max));
    double expectedX = face.x + face.width * (left ? 0.3 : 0.7);
    double expectedY = face.y + face.height * DetectedFace.EYE_LINE_IN_BOX;
    Point2D.Double best = null;
    for (Rect candidate : found.toArray()) {
      Point2D.Double centre =
          new Point2D.Double(
              half.x + candidate.x + candidate.width / 2.0,
              half.y + candidate.y + candidate.height / 2.0);
      if (best == null
          || centre.distance(expectedX, expectedY) < best.distance(expectedX, expectedY)) {
        best = centre;
      }
    }
    found.release();
    region.release();
    return best;
  }

  private Cascades borrow() {
    Cascades cascades = idle.poll();
    return cascades != null ? cascades : newCascades();
  }

  private Cascades newCascades() {
    return new Cascades(load(faceCascade), load(eyeCascade), load(glassesEyeCascade));
  }

  private static CascadeClassifier load(Path file) {
    CascadeClassifier classifier = new CascadeClassifier(file.toString());
    if (classifier.empty()) {
      throw new IllegalStateException("OpenCV could not load the cascade " + file.getFileName());
    }
    return classifier;
  }

  /** CascadeClassifier reads only files: the resource is copied out of the war once. */
  private static Path extract(Path directory, String name) {
    try (InputStream in = FaceDetector.class.getResourceAsStream("/photos/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource photos/" + name);
      }
      Path file = directory.resolve(name);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
