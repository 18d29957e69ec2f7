package cn.cq.police.idcard.photos.control;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.w3c.dom.Element;

/**
 * Makes the standard's photo from a larger image (a webcam frame, a scan): finds the face, crops
 * the 358:441 part that gives it the standard's face width, centres it, and puts the crown 14 px
 * below the top edge, the eye line first (at least 207 px above the bottom edge, as GA 461 says
 * when both cannot be had); applies the clerk's {@link FramingAdjustment}; fills what lies outside
 * the source with white; scales (area averaging down, bicubic up) and encodes a baseline JPEG at
 * 350 dpi whose quality starts at GA 461's 70 and moves until the file size is within bounds.
 *
 * <p>Without a face the crop is the largest of the photo's aspect in the middle of the source, so
 * that checking the result explains NO_FACE. Thread-safe.
 */
public final class PhotoFraming {

  /** GA 461-2004's compression quality factor 70, where the search for the file size starts. */
  static final float START_QUALITY = 0.70f;

  static final float QUALITY_STEP = 0.05f;
  static final float MIN_QUALITY = 0.30f;
  static final float MAX_QUALITY = 0.95f;

  /** The eye line stays this much above its lowest allowed place, for the detector's error. */
  static final int EYE_LINE_SAFETY = 4;

  /**
   * Before the crown is measured: where the eye line is put, as the distance from the crown in face
   * widths (0.97 on the test portrait, whose hair is full; less for short hair).
   */
  static final double CROWN_ABOVE_EYES_PER_FACE_WIDTH = 0.95;

  private static final Scalar WHITE = new Scalar(255, 255, 255);

  private final PhotoStandard standard;
  private final FaceDetector detector;

  public PhotoFraming(PhotoStandard standard, FaceDetector detector) {
    this.standard = standard;
    this.detector = detector;
  }

  /** The proposed framing, without the clerk's adjustment. */
  public FramedPhoto frame(BufferedImage source) {
    return frame(source, FramingAdjustment.NONE);
  }

  /** The proposed framing with the clerk's adjustment applied. */
  public FramedPhoto frame(BufferedImage source, FramingAdjustment adjustment) {
    Mat bgr = Mats.bgr(source); // once: a scan is tens of megabytes
    try {
      Mat grey = Mats.grey(bgr);
      List<DetectedFace> faces = detector.detect(grey, minFaceWidth(source));
      grey.release();
      DetectedFace face = faces.isEmpty() ? null : faces.get(0);
      Rectangle proposed = face == null ? centred(source) : around(bgr, face);
      Rectangle crop = adjustment.applyTo(proposed, standard);
      return encode(crop, face, render(bgr, crop));
    } finally {
      bgr.release();
    }
  }

  /**
   * A crop the caller already has (e.g. kept from an earlier framing), rendered and encoded; no
   * face is searched, so the result's {@code face} is null.
   */
  public FramedPhoto frame(BufferedImage source, Rectangle crop) {
    return encode(crop, null, render(source, crop));
  }

  /** The standard's photo of the crop: scaled, white where the crop leaves the source. */
  public BufferedImage render(BufferedImage source, Rectangle crop) {
    FaceDetector.loadNativeLibrary();
    Rectangle inside = crop.intersection(new Rectangle(source.getWidth(), source.getHeight()));
    if (inside.isEmpty()) {
      BufferedImage white =
          new BufferedImage(standard.width(), standard.height(), BufferedImage.TYPE_3BYTE_BGR);
      Arrays.fill(Mats.bytes(white), (byte) 0xFF);
      return white;
    }
    Mat part = Mats.bgr(source.getSubimage(inside.x, inside.y, inside.width, inside.height));
    try {
      return render(
          part, new Rectangle(crop.x - inside.x, crop.y - inside.y, crop.width, crop.height));
    } finally {
      part.release();
    }
  }

  private BufferedImage render(Mat source, Rectangle crop) {
    int width = standard.width();
    int height = standard.height();
    Mat photo = new Mat(height, width, CvType.CV_8UC3, WHITE);
    Rectangle inside = crop.intersection(new Rectangle(source.cols(), source.rows()));
    double scaleX = (double) width / crop.width;
    double scaleY = (double) height / crop.height;
    int x0 = (int) Math.round((inside.x - crop.x) * scaleX);
    int y0 = (int) Math.round((inside.y - crop.y) * scaleY);
    int x1 = Math.min(width, (int) Math.round((inside.getMaxX() - crop.x) * scaleX));
    int y1 = Math.min(height, (int) Math.round((inside.getMaxY() - crop.y) * scaleY));
    if (!inside.isEmpty() && x1 > x0 && y1 > y0) {
      Mat part =
          source.submat(inside.y, inside.y + inside.height, inside.x, inside.x + inside.width);
      Mat target = photo.submat(y0, y1, x0, x1);
      int interpolation = scaleX < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC;
      Imgproc.resize(part, target, new Size(x1 - x0, y1 - y0), 0, 0, interpolation);
      part.release();
      target.release();
    }
    BufferedImage result = Mats.image(photo);
    photo.release();
    return result;
  }

  /**
   * The crop that gives the face the standard's width, its eyes' midpoint the centre line, and the
   * crown the target top margin, measured on a first rendering as the check measures it.
   */
  Rectangle around(Mat source, DetectedFace face) {
    double scale = standard.faceTargetWidth() / face.faceWidth();
    double lowestEyeLine = standard.height() - standard.eyesMinDistanceToBottom() - EYE_LINE_SAFETY;
    double eyeLine =
        Math.min(
            lowestEyeLine,
            standard.topMarginTarget()
                + CROWN_ABOVE_EYES_PER_FACE_WIDTH * standard.faceTargetWidth());
    Rectangle crop = crop(face, scale, eyeLine);
    for (int attempt = 0; attempt < 3; attempt++) {
      int crown = crown(render(source, crop), face, crop);
      if (crown < 0) {
        break; // no plain background to tell the hair from: keep the estimate
      }
      double moved = Math.min(lowestEyeLine, eyeLine + standard.topMarginTarget() - crown);
      if (Math.abs(moved - eyeLine) < 1) {
        break;
      }
      eyeLine = moved;
      crop = crop(face, scale, eyeLine);
    }
    return crop;
  }

  /** The crop that shows the face scaled so, its eyes' midpoint centred at this eye line. */
  private Rectangle crop(DetectedFace face, double scale, double eyeLine) {
    int width = (int) Math.round(standard.width() / scale);
    int height = (int) Math.round(width * (double) standard.height() / standard.width());
    double x = face.centreX() - standard.width() / 2.0 / scale;
    double y = face.eyeLineY() - eyeLine / scale;
    return new Rectangle((int) Math.round(x), (int) Math.round(y), width, height);
  }

  /** The crown's distance from the top edge in the rendered crop, or -1 if it cannot be told. */
  private int crown(BufferedImage rendered, DetectedFace sourceFace, Rectangle crop) {
    double scale = (double) standard.width() / crop.width;
    DetectedFace face = sourceFace.movedBy(-crop.x, -crop.y).scaled(scale);
    try (PhotoAnalysis photo = PhotoAnalysis.of(rendered)) {
      if (photo.cornerBackgroundShare() < standard.backgroundMinShare()) {
        return -1;
      }
      return PhotoExamination.crown(photo, face);
    }
  }

  /** The largest crop of the photo's aspect in the middle of the source. */
  Rectangle centred(BufferedImage source) {
    int height =
        Math.min(source.getHeight(), source.getWidth() * standard.height() / standard.width());
    int width = height * standard.width() / standard.height();
    return new Rectangle(
        (source.getWidth() - width) / 2, (source.getHeight() - height) / 2, width, height);
  }

  /** A face smaller than a twelfth of the source's shorter side is not the applicant's. */
  private static int minFaceWidth(BufferedImage source) {
    return Math.max(24, Math.min(source.getWidth(), source.getHeight()) / 12);
  }

  private FramedPhoto encode(Rectangle crop, DetectedFace face, BufferedImage photo) {
    float quality = START_QUALITY;
    byte[] jpeg = jpeg(photo, quality);
    int direction =
        jpeg.length < standard.minBytes() ? 1 : jpeg.length > standard.maxBytes() ? -1 : 0;
    while (direction != 0) {
      float next = quality + direction * QUALITY_STEP;
      if (next < MIN_QUALITY - 1e-3 || next > MAX_QUALITY + 1e-3) {
        break;
      }
      quality = next;
      jpeg = jpeg(photo, quality);
      boolean within = jpeg.length >= standard.minBytes() && jpeg.length <= standard.maxBytes();
      if (within) {
        break;
      }
    }
    return new FramedPhoto(jpeg, crop, face, Math.round(quality * 100) / 100f);
  }

  /** A baseline JPEG (the JDK's default: Y'CbCr, 8 bits, 4:2:0) with 350 dpi in its JFIF header. */
  static byte[] jpeg(BufferedImage photo, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(24 * 1024);
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(photo), param);
      dotsPerInch(metadata, 350);
      writer.write(null, new IIOImage(photo, null, metadata), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static void dotsPerInch(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
    String format = "javax_imageio_jpeg_image_1.0";
    Element tree = (Element) metadata.getAsTree(format);
    Element jfif = (Element) tree.getElementsByTagName("app0JFIF").item(0);
    if (jfif != null) {
      jfif.setAttribute("resUnits", "1");
      jfif.setAttribute("Xdensity", Integer.toString(dpi));
      jfif.setAttribute("Ydensity", Integer.toString(dpi));
      metadata.setFromTree(format, tree);
    }
  }
}
