package cn.cq.police.idcard.photos.control;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.util.Optional;

/**
 * A face the detector found, in the pixel coordinates of the image it searched.
 *
 * @param box the detector's square around the face (eyebrows to mouth, cheek to cheek)
 * @param leftEye the centre of the eye on the image's left (the person's right eye); null when the
 *     eyes were not both found
 * @param rightEye the centre of the eye on the image's right; null with {@code leftEye}
 */
public record DetectedFace(Rectangle box, Point2D.Double leftEye, Point2D.Double rightEye) {

  /**
   * The face width (cheek to cheek, what GA 461 calls 脸部宽) per distance between the eye centres the
   * eye cascade finds: 1.9 on the test portrait at every size from 150 to 260 px (within 1 %). The
   * eye distance is measured far more finely than the face box, whose size jumps with the
   * detector's scale steps (by up to 15 % between two sizes 5 px apart). People's proportions
   * differ by a few per cent around it.
   */
  static final double FACE_WIDTH_PER_EYE_DISTANCE = 1.9;

  /**
   * Without the eyes: the face width per width of the detector's box, 0.88 on the test portrait
   * (its box is 13 % wider than the cheeks, give or take 6 %).
   */
  static final double FACE_WIDTH_PER_BOX = 0.88;

  /**
   * Where the eye line lies in the box when the eyes are not found: 0.38 of its height from the
   * top, as measured on the test portrait.
   */
  static final double EYE_LINE_IN_BOX = 0.38;

  public DetectedFace {
    box = new Rectangle(box);
    if ((leftEye == null) != (rightEye == null)) {
      throw new IllegalArgumentException("both eyes or neither");
    }
  }

  public boolean eyesFound() {
    return leftEye != null;
  }

  public Optional<Point2D.Double> leftEyeCentre() {
    return Optional.ofNullable(leftEye);
  }

  public Optional<Point2D.Double> rightEyeCentre() {
    return Optional.ofNullable(rightEye);
  }

  /** The estimated face width, cheek to cheek: from the eye distance, or the box without eyes. */
  public double faceWidth() {
    return eyesFound()
        ? leftEye.distance(rightEye) * FACE_WIDTH_PER_EYE_DISTANCE
        : box.width * FACE_WIDTH_PER_BOX;
  }

  /** The height of the line through the eyes: measured, or estimated from the box. */
  public double eyeLineY() {
    return eyesFound() ? (leftEye.y + rightEye.y) / 2 : box.y + box.height * EYE_LINE_IN_BOX;
  }

  /** The horizontal middle between the eyes, or of the box. */
  public double centreX() {
    return eyesFound() ? (leftEye.x + rightEye.x) / 2 : box.getCenterX();
  }

  /** Degrees the eye line rises to the image's right (negative: it falls); 0 without eyes. */
  public double tiltDegrees() {
    return eyesFound()
        ? Math.toDegrees(Math.atan2(leftEye.y - rightEye.y, rightEye.x - leftEye.x))
        : 0;
  }

  /** The same face in an image whose origin lies elsewhere: moved by dx, dy. */
  DetectedFace movedBy(int dx, int dy) {
    Rectangle movedBox = new Rectangle(box);
    movedBox.translate(dx, dy);
    return eyesFound()
        ? new DetectedFace(
            movedBox,
            new Point2D.Double(leftEye.x + dx, leftEye.y + dy),
            new Point2D.Double(rightEye.x + dx, rightEye.y + dy))
        : new DetectedFace(movedBox, null, null);
  }

  /** The same face in an image scaled by this factor. */
  DetectedFace scaled(double factor) {
    Rectangle scaledBox =
        new Rectangle(
            (int) Math.round(box.x * factor),
            (int) Math.round(box.y * factor),
            (int) Math.round(box.width * factor),
            (int) Math.round(box.height * factor));
    return eyesFound()
        ? new DetectedFace(
            scaledBox,
            new Point2D.Double(leftEye.x * factor, leftEye.y * factor),
            new Point2D.Double(rightEye.x * factor, rightEye.y * factor))
        : new DetectedFace(scaledBox, null, null);
  }
}
