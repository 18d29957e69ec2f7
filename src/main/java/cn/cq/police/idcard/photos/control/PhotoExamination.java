package cn.cq.police.idcard.photos.control;

import cn.cq.police.idcard.receipts.control.JpegDecoding;
import cn.cq.police.idcard.receipts.control.JpegFrame;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks a photo against the standard (GA 461-2004 and the published photo requirements, see
 * docs/photos.md): the file first (JPEG, 24-bit colour, 358 x 441, file size), then the pixels
 * (colour, background, exposure, sharpness), then the face (exactly one, its size, eye line, top
 * margin, centring, tilt). A photo that does not decode is checked no further; one of other
 * dimensions skips the position checks, whose limits are pixels of the standard's size.
 *
 * <p>Every check is a method of its own, to test and to time. Thread-safe; build one and share it
 * (the face detector's start-up is the expensive part).
 */
public final class PhotoExamination {

  private final PhotoStandard standard;
  private final FaceDetector detector;

  public PhotoExamination(PhotoStandard standard, FaceDetector detector) {
    this.standard = standard;
    this.detector = detector;
  }

  public PhotoStandard standard() {
    return standard;
  }

  /** Every check of a JPEG file as it would go to the production centre. */
  public PhotoVerdict check(byte[] jpeg) {
    Run run = new Run();
    List<PhotoFinding> fileFindings = run.timed(PhotoCheck.FILE, () -> file(jpeg));
    if (has(fileFindings, PhotoProblem.NOT_JPEG)) {
      return run.verdict(List.of());
    }
    Optional<BufferedImage> image =
        run.measured(PhotoCheck.DECODING, () -> JpegDecoding.decode(jpeg));
    if (image.isEmpty()) {
      // A CMYK photo, say, does not decode here either: NOT_COLOUR_24BIT already says why.
      if (!has(fileFindings, PhotoProblem.NOT_COLOUR_24BIT)) {
        run.findings.add(PhotoFinding.of(PhotoProblem.NOT_JPEG));
      }
      return run.verdict(List.of());
    }
    return pixels(run, image.get(), !has(fileFindings, PhotoProblem.NOT_COLOUR_24BIT));
  }

  /**
   * The checks of the pixels alone (no file checks but the dimensions), e.g. of a framing before it
   * is encoded.
   */
  public PhotoVerdict check(BufferedImage image) {
    Run run = new Run();
    run.timed(PhotoCheck.FILE, () -> dimensions(image.getWidth(), image.getHeight()));
    return pixels(run, image, true);
  }

  private PhotoVerdict pixels(Run run, BufferedImage image, boolean storedAsColour) {
    try (PhotoAnalysis photo = PhotoAnalysis.of(image)) {
      List<PhotoFinding> faceFindings = run.timed(PhotoCheck.FACES, () -> faces(photo));
      List<DetectedFace> faces = photo.faces(detector, standard.minDetectedFaceWidth());
      // Colour, light and sharpness are measured on the largest face, its position only when it
      // is the only one. Without a face, NO_FACE says all there is to say of the person.
      DetectedFace largest = faces.isEmpty() ? null : faces.get(0);
      DetectedFace face = faces.size() == 1 ? largest : null;
      if (largest != null && storedAsColour) {
        run.timed(PhotoCheck.COLOUR, () -> colour(photo, largest));
      }
      run.timed(PhotoCheck.BACKGROUND, () -> background(photo));
      if (largest != null) {
        run.timed(PhotoCheck.EXPOSURE, () -> exposure(photo, largest));
        run.timed(PhotoCheck.SHARPNESS, () -> sharpness(photo, largest));
      }
      boolean standardSize =
          image.getWidth() == standard.width() && image.getHeight() == standard.height();
      if (face != null && standardSize) {
        run.timed(PhotoCheck.HEAD_SIZE, () -> headSize(face));
        run.timed(PhotoCheck.EYE_LINE, () -> eyeLine(face));
        run.timed(PhotoCheck.TOP_MARGIN, () -> topMargin(photo, face));
        run.timed(PhotoCheck.CENTRING, () -> centring(face));
        if (!has(faceFindings, PhotoProblem.EYES_NOT_FOUND)) {
          run.timed(PhotoCheck.TILT, () -> tilt(face));
        }
      }
      return run.verdict(faces);
    }
  }

  /**
   * JPEG by its marker structure, 24-bit colour and the standard's dimensions by its frame header,
   * file size within the bounds. Decoding is the next check's.
   */
  List<PhotoFinding> file(byte[] jpeg) {
    Optional<JpegFrame> frame = JpegFrame.read(jpeg);
    if (frame.isEmpty()) {
      return List.of(PhotoFinding.of(PhotoProblem.NOT_JPEG));
    }
    List<PhotoFinding> findings = new ArrayList<>();
    if (!frame.get().colour24Bit()) {
      findings.add(
          PhotoFinding.of(
              PhotoProblem.NOT_COLOUR_24BIT,
              frame.get().components() * frame.get().precision(),
              24));
    }
    findings.addAll(dimensions(frame.get().width(), frame.get().height()));
    if (jpeg.length < standard.minBytes()) {
      findings.add(PhotoFinding.of(PhotoProblem.FILE_TOO_SMALL, jpeg.length, standard.minBytes()));
    }
    if (jpeg.length > standard.maxBytes()) {
      findings.add(PhotoFinding.of(PhotoProblem.FILE_TOO_LARGE, jpeg.length, standard.maxBytes()));
    }
    return findings;
  }

  List<PhotoFinding> dimensions(int width, int height) {
    if (width == standard.width() && height == standard.height()) {
      return List.of();
    }
    return List.of(
        new PhotoFinding(
            PhotoProblem.WRONG_DIMENSIONS,
            width + " x " + height,
            standard.width() + " x " + standard.height()));
  }

  /** Exactly one face, and both its eyes found. */
  List<PhotoFinding> faces(PhotoAnalysis photo) {
    List<DetectedFace> faces = photo.faces(detector, standard.minDetectedFaceWidth());
    if (faces.isEmpty()) {
      return List.of(PhotoFinding.of(PhotoProblem.NO_FACE));
    }
    if (faces.size() > 1) {
      return List.of(PhotoFinding.of(PhotoProblem.SEVERAL_FACES, faces.size(), 1));
    }
    return faces.get(0).eyesFound()
        ? List.of()
        : List.of(PhotoFinding.of(PhotoProblem.EYES_NOT_FOUND));
  }

  /** A colour photo has colour in the face: a greyscale image saved as colour has (almost) none. */
  List<PhotoFinding> colour(PhotoAnalysis photo, DetectedFace face) {
    return below(
        PhotoProblem.GREYSCALE,
        photo.meanSaturation(photo.faceRegion(face)),
        standard.faceMinSaturation());
  }

  /**
   * The plain background reached from the top corners: enough of it, bright, even and neutral. With
   * too little plain background the other three are not measured.
   */
  List<PhotoFinding> background(PhotoAnalysis photo) {
    double share = photo.cornerBackgroundShare();
    if (share < standard.backgroundMinShare()) {
      return List.of(
          PhotoFinding.of(
              PhotoProblem.BACKGROUND_NOT_PLAIN, share * 100, standard.backgroundMinShare() * 100));
    }
    List<PhotoFinding> findings = new ArrayList<>();
    Rectangle all = new Rectangle(photo.width, photo.height);
    double[] bgr = photo.meanBgr(all, photo.background());
    double luminance = 0.114 * bgr[0] + 0.587 * bgr[1] + 0.299 * bgr[2];
    if (luminance < standard.backgroundMinLuminance()) {
      findings.add(
          PhotoFinding.of(
              PhotoProblem.BACKGROUND_NOT_WHITE, luminance, standard.backgroundMinLuminance()));
    }
    int[] histogram = photo.lumaHistogram(all, photo.background());
    int unevenness =
        PhotoAnalysis.percentile(histogram, 0.95) - PhotoAnalysis.percentile(histogram, 0.05);
    if (unevenness > standard.backgroundMaxUnevenness()) {
      findings.add(
          PhotoFinding.of(
              PhotoProblem.BACKGROUND_UNEVEN, unevenness, standard.backgroundMaxUnevenness()));
    }
    double cast =
        Math.max(bgr[0], Math.max(bgr[1], bgr[2])) - Math.min(bgr[0], Math.min(bgr[1], bgr[2]));
    if (cast > standard.backgroundMaxColourCast()) {
      findings.add(
          PhotoFinding.of(PhotoProblem.COLOUR_CAST, cast, standard.backgroundMaxColourCast()));
    }
    return findings;
  }

  /** The face neither too dark nor blown out. */
  List<PhotoFinding> exposure(PhotoAnalysis photo, DetectedFace face) {
    int[] histogram = photo.lumaHistogram(photo.faceRegion(face), null);
    long total = 0;
    long sum = 0;
    long clipped = 0;
    for (int value = 0; value < histogram.length; value++) {
      total += histogram[value];
      sum += (long) value * histogram[value];
      clipped += value >= PhotoAnalysis.CLIPPED_LUMA ? histogram[value] : 0;
    }
    double mean = (double) sum / Math.max(1, total);
    double clippedShare = (double) clipped / Math.max(1, total);
    if (mean < standard.faceMinLuminance()) {
      return List.of(PhotoFinding.of(PhotoProblem.TOO_DARK, mean, standard.faceMinLuminance()));
    }
    if (mean > standard.faceMaxLuminance()) {
      return List.of(PhotoFinding.of(PhotoProblem.OVEREXPOSED, mean, standard.faceMaxLuminance()));
    }
    if (clippedShare > standard.faceMaxClippedShare()) {
      return List.of(
          PhotoFinding.of(
              PhotoProblem.OVEREXPOSED, clippedShare * 100, standard.faceMaxClippedShare() * 100));
    }
    return List.of();
  }

  /** Fine detail in the face. */
  List<PhotoFinding> sharpness(PhotoAnalysis photo, DetectedFace face) {
    return below(
        PhotoProblem.BLURRED, photo.sharpness(photo.faceRegion(face)), standard.faceMinSharpness());
  }

  List<PhotoFinding> headSize(DetectedFace face) {
    int width = (int) Math.round(face.faceWidth());
    if (width < standard.faceMinWidth()) {
      return List.of(PhotoFinding.of(PhotoProblem.HEAD_TOO_SMALL, width, standard.faceMinWidth()));
    }
    if (width > standard.faceMaxWidth()) {
      return List.of(PhotoFinding.of(PhotoProblem.HEAD_TOO_LARGE, width, standard.faceMaxWidth()));
    }
    return List.of();
  }

  /** GA 461: the eye line at least 207 px above the bottom edge. */
  List<PhotoFinding> eyeLine(DetectedFace face) {
    int distance = eyesToBottom(face);
    return distance < standard.eyesMinDistanceToBottom()
        ? List.of(
            PhotoFinding.of(
                PhotoProblem.EYES_TOO_LOW, distance, standard.eyesMinDistanceToBottom()))
        : List.of();
  }

  /**
   * GA 461: the crown 7-21 px below the top edge. The standard puts the eye line first: where the
   * head cannot move down without the eyes falling below their line, tall hair may be cut, so a
   * small top margin is a finding only when the eye line leaves room to move the head down. Not
   * measured without a plain background to tell the hair from.
   */
  List<PhotoFinding> topMargin(PhotoAnalysis photo, DetectedFace face) {
    if (photo.cornerBackgroundShare() < standard.backgroundMinShare()) {
      return List.of();
    }
    int margin = crown(photo, face);
    if (margin < standard.topMarginMin()) {
      int room = eyesToBottom(face) - standard.eyesMinDistanceToBottom();
      return room >= standard.topMarginMin() - margin
          ? List.of(
              PhotoFinding.of(PhotoProblem.TOP_MARGIN_TOO_SMALL, margin, standard.topMarginMin()))
          : List.of();
    }
    if (margin > standard.topMarginMax()) {
      return List.of(
          PhotoFinding.of(PhotoProblem.TOP_MARGIN_TOO_LARGE, margin, standard.topMarginMax()));
    }
    return List.of();
  }

  /** The eyes' midpoint on the vertical centre line, give or take the limit. */
  List<PhotoFinding> centring(DetectedFace face) {
    int offset = (int) Math.round(Math.abs(face.centreX() - standard.width() / 2.0));
    return offset > standard.centreMaxOffset()
        ? List.of(PhotoFinding.of(PhotoProblem.NOT_CENTRED, offset, standard.centreMaxOffset()))
        : List.of();
  }

  List<PhotoFinding> tilt(DetectedFace face) {
    double degrees = Math.abs(face.tiltDegrees());
    return degrees > standard.tiltMaxDegrees()
        ? List.of(PhotoFinding.of(PhotoProblem.TILTED, degrees, standard.tiltMaxDegrees()))
        : List.of();
  }

  private int eyesToBottom(DetectedFace face) {
    return (int) Math.round(standard.height() - face.eyeLineY());
  }

  /**
   * The first row from the top, above the face, with something that is not background within the
   * head's width (the face width and half of it again on both sides, for the hair).
   */
  static int crown(PhotoAnalysis photo, DetectedFace face) {
    byte[] background = photo.background();
    int half = (int) Math.round(face.faceWidth() * 0.75);
    int from = Math.max(0, (int) Math.round(face.centreX()) - half);
    int to = Math.min(photo.width, (int) Math.round(face.centreX()) + half);
    int needed = Math.max(3, (to - from) / 50);
    for (int y = 0; y < face.box().y; y++) {
      int head = 0;
      for (int x = from; x < to; x++) {
        head += 1 - background[y * photo.width + x];
      }
      if (head >= needed) {
        return y;
      }
    }
    return face.box().y;
  }

  /** The problem, when the measured value is below its minimum. */
  private static List<PhotoFinding> below(PhotoProblem problem, double measured, double minimum) {
    return measured < minimum ? List.of(PhotoFinding.of(problem, measured, minimum)) : List.of();
  }

  private static boolean has(List<PhotoFinding> findings, PhotoProblem problem) {
    return findings.stream().anyMatch(finding -> finding.problem() == problem);
  }

  /** The findings and timings of one photo's checks. */
  private static final class Run {
    final List<PhotoFinding> findings = new ArrayList<>();
    final Map<PhotoCheck, Long> nanos = new EnumMap<>(PhotoCheck.class);

    /** Runs a check, keeps its findings and its time. */
    List<PhotoFinding> timed(PhotoCheck check, Supplier<List<PhotoFinding>> step) {
      List<PhotoFinding> found = measured(check, step);
      findings.addAll(found);
      return found;
    }

    /** Runs a step of a check and adds its time to the check's. */
    <T> T measured(PhotoCheck check, Supplier<T> step) {
      long start = System.nanoTime();
      T result = step.get();
      nanos.merge(check, System.nanoTime() - start, Long::sum);
      return result;
    }

    PhotoVerdict verdict(List<DetectedFace> faces) {
      return new PhotoVerdict(findings, faces, nanos);
    }
  }
}
