package cn.cq.police.idcard.photos.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Test photos made from one real face: NASA's public-domain portrait of astronaut Eileen Collins
 * (src/test/resources/photos/astronaut.png, 512 x 512, from scikit-image's test data). A drawn face
 * is no face to a real detector.
 *
 * <p>The person is cut out of the grey studio backdrop once (OpenCV's GrabCut), then each case
 * places her in front of a backdrop by her face's landmarks, measured by hand on the source: eyes
 * at (202, 101) and (246, 103), face 87 px wide cheek to cheek, crown (top of the hair) at y 15.
 */
public final class TestPhotos {

  static final double EYES_X = 224;
  static final double EYES_Y = 102;
  static final double FACE_WIDTH = 87;
  static final double CROWN_Y = 15;

  private static BufferedImage person;
  private static FaceDetector detector;

  private TestPhotos() {}

  /** One detector for all tests: loading OpenCV and the cascades is the slow part. */
  public static synchronized FaceDetector detector() {
    if (detector == null) {
      detector = FaceDetector.create();
    }
    return detector;
  }

  /** The astronaut as loaded: grey backdrop, flag and shuttle model beside her. */
  public static BufferedImage astronaut() {
    try (InputStream in = TestPhotos.class.getResourceAsStream("/photos/astronaut.png")) {
      return Mats.threeByteBgr(ImageIO.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The astronaut without her backdrop: transparent around her. */
  public static synchronized BufferedImage person() {
    if (person == null) {
      person = cutOut(astronaut());
    }
    return person;
  }

  /** How a test photo places the face: everything in pixels of the 358 x 441 result. */
  public record Placement(double faceWidth, double eyesX, double crownY, double degrees) {

    /** As the standard wants it: face 207 px, centred, crown 14 px below the top. */
    public static Placement standard() {
      return new Placement(207, 179, 14, 0);
    }

    public Placement faceWidth(double width) {
      return new Placement(width, eyesX, crownY, degrees);
    }

    public Placement eyesX(double x) {
      return new Placement(faceWidth, x, crownY, degrees);
    }

    public Placement crownY(double y) {
      return new Placement(faceWidth, eyesX, y, degrees);
    }

    /** Rotated about the eyes' midpoint; positive turns clockwise on screen. */
    public Placement degrees(double angle) {
      return new Placement(faceWidth, eyesX, crownY, angle);
    }

    public double eyeLineY() {
      return crownY + (EYES_Y - CROWN_Y) * faceWidth / FACE_WIDTH;
    }
  }

  /** The astronaut placed into a 358 x 441 photo with a white backdrop. */
  public static BufferedImage photo(Placement placement) {
    return photo(placement, Color.WHITE);
  }

  /** The astronaut placed into a 358 x 441 photo in front of the given backdrop. */
  public static BufferedImage photo(Placement placement, Paint backdrop) {
    return photo(person(), placement, backdrop);
  }

  /** A cut-out person (e.g. {@link #brighter} one) placed in front of the given backdrop. */
  public static BufferedImage photo(BufferedImage person, Placement placement, Paint backdrop) {
    BufferedImage photo = backdrop(358, 441, backdrop);
    place(photo, person, placement);
    return photo;
  }

  /** Every colour channel times the factor (below 1 darker, above brighter), clipped at 255. */
  public static BufferedImage brighter(BufferedImage image, double factor) {
    return channels(image, factor, factor, factor);
  }

  /** Red, green and blue times their factors, clipped at 255; the alpha channel is kept. */
  public static BufferedImage channels(BufferedImage image, double red, double green, double blue) {
    BufferedImage result =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        int r = Math.min(255, (int) Math.round(((argb >> 16) & 0xFF) * red));
        int g = Math.min(255, (int) Math.round(((argb >> 8) & 0xFF) * green));
        int b = Math.min(255, (int) Math.round((argb & 0xFF) * blue));
        result.setRGB(x, y, (argb & 0xFF000000) | (r << 16) | (g << 8) | b);
      }
    }
    return image.getType() == BufferedImage.TYPE_INT_ARGB ? result : Mats.threeByteBgr(result);
  }

  /** Colour moved towards grey: 1 keeps it, 0 is grey. */
  public static BufferedImage saturated(BufferedImage image, double factor) {
    BufferedImage result = Mats.threeByteBgr(copy(image));
    byte[] pixels = Mats.bytes(result);
    for (int i = 0; i < pixels.length; i += 3) {
      int b = pixels[i] & 0xFF;
      int g = pixels[i + 1] & 0xFF;
      int r = pixels[i + 2] & 0xFF;
      double grey = 0.114 * b + 0.587 * g + 0.299 * r;
      pixels[i] = (byte) Math.round(grey + (b - grey) * factor);
      pixels[i + 1] = (byte) Math.round(grey + (g - grey) * factor);
      pixels[i + 2] = (byte) Math.round(grey + (r - grey) * factor);
    }
    return result;
  }

  /** Dark glasses over the eyes of a {@link Placement#standard()} photo. */
  public static BufferedImage withSunglasses(BufferedImage photo) {
    BufferedImage result = copy(photo);
    Graphics2D g = result.createGraphics();
    g.setColor(new Color(40, 40, 40));
    g.fillOval(100, 200, 55, 35);
    g.fillOval(205, 205, 55, 35);
    g.fillRect(150, 212, 60, 8);
    g.dispose();
    return result;
  }

  /** Two people side by side, each face 110 px wide. */
  public static BufferedImage twoPeople() {
    BufferedImage photo = backdrop(358, 441, Color.WHITE);
    place(photo, person(), new Placement(110, 90, 120, 0));
    place(photo, person(), new Placement(110, 268, 120, 0));
    return photo;
  }

  public static BufferedImage copy(BufferedImage image) {
    return Mats.drawnAs(image, BufferedImage.TYPE_3BYTE_BGR);
  }

  /** Gaussian blur, as an out-of-focus camera. */
  public static BufferedImage blurred(BufferedImage image, double sigma) {
    FaceDetector.loadNativeLibrary();
    Mat bgr = Mats.bgr(image);
    Imgproc.GaussianBlur(bgr, bgr, new Size(0, 0), sigma);
    BufferedImage result = Mats.image(bgr);
    bgr.release();
    return result;
  }

  /** Grey, but still stored with three colour channels. */
  public static BufferedImage greyInColour(BufferedImage image) {
    return Mats.threeByteBgr(grey(image));
  }

  /** One grey channel: a JPEG of it has one component. */
  public static BufferedImage grey(BufferedImage image) {
    return Mats.drawnAs(image, BufferedImage.TYPE_BYTE_GRAY);
  }

  public static BufferedImage backdrop(int width, int height, Paint paint) {
    BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = photo.createGraphics();
    g.setPaint(paint);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return photo;
  }

  /** Draws the person into the photo as placed. */
  public static void place(BufferedImage photo, BufferedImage person, Placement p) {
    double scale = p.faceWidth() / FACE_WIDTH;
    AffineTransform transform = new AffineTransform();
    transform.translate(p.eyesX(), p.eyeLineY());
    transform.rotate(Math.toRadians(p.degrees()));
    transform.scale(scale, scale);
    transform.translate(-EYES_X, -EYES_Y);
    Graphics2D g = photo.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(person, transform, null);
    g.dispose();
  }

  /** Any image scaled into 358 x 441 (distorted), e.g. the astronaut as she is. */
  public static BufferedImage place358(BufferedImage image) {
    BufferedImage photo = new BufferedImage(358, 441, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = photo.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(image, 0, 0, 358, 441, null);
    g.dispose();
    return photo;
  }

  /** A baseline JPEG of this quality (0-1), as the framing writes it. */
  public static byte[] jpeg(BufferedImage image, float quality) {
    return PhotoFraming.jpeg(image, quality);
  }

  /**
   * Cuts the person out of her backdrop: GrabCut, told where she surely is (face, suit) and surely
   * is not (beside the head), then a soft 2 px edge in the alpha channel.
   */
  static BufferedImage cutOut(BufferedImage astronaut) {
    FaceDetector.loadNativeLibrary();
    Mat image = Mats.bgr(astronaut);
    Mat mask = new Mat(image.size(), CvType.CV_8UC1, new Scalar(Imgproc.GC_BGD));
    Imgproc.rectangle(
        mask, new Point(140, 5), new Point(325, 511), new Scalar(Imgproc.GC_PR_FGD), -1);
    Imgproc.rectangle(
        mask, new Point(177, 66), new Point(271, 160), new Scalar(Imgproc.GC_FGD), -1);
    Imgproc.rectangle(
        mask, new Point(150, 170), new Point(310, 511), new Scalar(Imgproc.GC_FGD), -1);
    Mat background = new Mat();
    Mat foreground = new Mat();
    Imgproc.grabCut(image, mask, new Rect(), background, foreground, 3, Imgproc.GC_INIT_WITH_MASK);
    // 1 and 3 (sure and probable foreground) have the lowest bit set.
    Mat person = new Mat();
    mask.copyTo(person);
    byte[] labels = new byte[astronaut.getWidth() * astronaut.getHeight()];
    mask.get(0, 0, labels);
    for (int i = 0; i < labels.length; i++) {
      labels[i] = (byte) (labels[i] & 1);
    }
    person.put(0, 0, labels);
    Mat alpha = new Mat();
    person.convertTo(alpha, CvType.CV_32F);
    Imgproc.GaussianBlur(alpha, alpha, new Size(5, 5), 1.0);
    float[] weights = new float[astronaut.getWidth() * astronaut.getHeight()];
    alpha.get(0, 0, weights);
    BufferedImage result =
        new BufferedImage(astronaut.getWidth(), astronaut.getHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < astronaut.getHeight(); y++) {
      for (int x = 0; x < astronaut.getWidth(); x++) {
        int alphaValue = Math.round(255 * weights[y * astronaut.getWidth() + x]);
        result.setRGB(x, y, (alphaValue << 24) | (astronaut.getRGB(x, y) & 0xFFFFFF));
      }
    }
    for (Mat mat : new Mat[] {image, mask, background, foreground, person, alpha}) {
      mat.release();
    }
    return result;
  }
}
