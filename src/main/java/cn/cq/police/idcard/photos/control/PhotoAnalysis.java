package cn.cq.police.idcard.photos.control;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * One decoded photo and what the checks measure on it, each measured once: the faces, the plain
 * background, the statistics of a region. Holds native OpenCV memory until closed.
 */
final class PhotoAnalysis implements AutoCloseable {

  /** Neighbouring background pixels differ by at most this per channel (JPEG noise, gradients). */
  static final int BACKGROUND_STEP = 3;

  /** A pixel this bright (luma) or brighter has lost its detail. */
  static final int CLIPPED_LUMA = 250;

  final BufferedImage image;
  final int width;
  final int height;
  private final byte[] bgr;
  private final Mat bgrMat;
  private final Mat grey;
  private List<DetectedFace> faces;
  private byte[] background;

  private PhotoAnalysis(BufferedImage image) {
    this.image = Mats.threeByteBgr(image);
    this.width = image.getWidth();
    this.height = image.getHeight();
    this.bgr = Mats.bytes(this.image);
    this.bgrMat = Mats.bgr(this.image);
    this.grey = Mats.grey(bgrMat);
  }

  static PhotoAnalysis of(BufferedImage image) {
    FaceDetector.loadNativeLibrary();
    return new PhotoAnalysis(image);
  }

  List<DetectedFace> faces(FaceDetector detector, int minFaceWidth) {
    if (faces == null) {
      faces = detector.detect(grey, minFaceWidth);
    }
    return faces;
  }

  /**
   * Where a face's brightness, sharpness and colour are measured: the middle of the detector's box
   * (eyes, nose, mouth, cheeks; not the hair above or the background beside).
   */
  Rectangle faceRegion(DetectedFace face) {
    Rectangle box = face.box();
    return new Rectangle(
            box.x + box.width / 5, box.y + box.height / 4, box.width * 3 / 5, box.height * 3 / 5)
        .intersection(new Rectangle(width, height));
  }

  /**
   * The plain background: every pixel reached from the two top corners through neighbours that
   * differ by at most {@link #BACKGROUND_STEP} per channel. A smooth shadow stays inside, the edge
   * of hair or of an object ends it. 1 marks background, row by row.
   */
  byte[] background() {
    if (background == null) {
      Mat mask = Mat.zeros(height + 2, width + 2, CvType.CV_8UC1);
      Scalar step = new Scalar(BACKGROUND_STEP, BACKGROUND_STEP, BACKGROUND_STEP);
      int flags = 4 | Imgproc.FLOODFILL_MASK_ONLY | (1 << 8);
      for (Point seed : List.of(new Point(0, 0), new Point(width - 1, 0))) {
        if (mask.get((int) seed.y + 1, (int) seed.x + 1)[0] == 0) {
          Imgproc.floodFill(bgrMat, mask, seed, new Scalar(0), new Rect(), step, step, flags);
        }
      }
      Mat inner = mask.submat(1, height + 1, 1, width + 1).clone();
      background = new byte[width * height];
      inner.get(0, 0, background);
      inner.release();
      mask.release();
    }
    return background;
  }

  /**
   * The share of the two top corners (squares a tenth of the photo's width) that is plain
   * background. Every photo that keeps the head within its frame has plain corners; a pattern, or
   * objects behind the person, break them up.
   */
  double cornerBackgroundShare() {
    byte[] background = background();
    int side = Math.max(8, width / 10);
    int count = 0;
    for (int y = 0; y < Math.min(side, height); y++) {
      for (int x = 0; x < side; x++) {
        count += background[y * width + x] + background[y * width + width - 1 - x];
      }
    }
    return (double) count / (2 * side * Math.min(side, height));
  }

  int luma(int pixel) {
    int at = pixel * 3;
    return (114 * (bgr[at] & 0xFF) + 587 * (bgr[at + 1] & 0xFF) + 299 * (bgr[at + 2] & 0xFF))
        / 1000;
  }

  /** Colourfulness of one pixel: its largest minus its smallest channel. */
  int saturation(int pixel) {
    int at = pixel * 3;
    int b = bgr[at] & 0xFF;
    int g = bgr[at + 1] & 0xFF;
    int r = bgr[at + 2] & 0xFF;
    return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
  }

  /** Mean blue, green, red of the pixels the mask marks (all when null) within the region. */
  double[] meanBgr(Rectangle region, byte[] mask) {
    long[] sums = new long[3];
    long count = 0;
    for (int y = region.y; y < region.y + region.height; y++) {
      for (int x = region.x; x < region.x + region.width; x++) {
        int pixel = y * width + x;
        if (mask == null || mask[pixel] != 0) {
          sums[0] += bgr[pixel * 3] & 0xFF;
          sums[1] += bgr[pixel * 3 + 1] & 0xFF;
          sums[2] += bgr[pixel * 3 + 2] & 0xFF;
          count++;
        }
      }
    }
    long n = Math.max(1, count);
    return new double[] {(double) sums[0] / n, (double) sums[1] / n, (double) sums[2] / n};
  }

  /** The luma histogram (256 bins) of the pixels the mask marks (all when null) in the region. */
  int[] lumaHistogram(Rectangle region, byte[] mask) {
    int[] histogram = new int[256];
    for (int y = region.y; y < region.y + region.height; y++) {
      for (int x = region.x; x < region.x + region.width; x++) {
        int pixel = y * width + x;
        if (mask == null || mask[pixel] != 0) {
          histogram[luma(pixel)]++;
        }
      }
    }
    return histogram;
  }

  double meanSaturation(Rectangle region) {
    long sum = 0;
    for (int y = region.y; y < region.y + region.height; y++) {
      for (int x = region.x; x < region.x + region.width; x++) {
        sum += saturation(y * width + x);
      }
    }
    return (double) sum / Math.max(1, region.width * region.height);
  }

  /**
   * How much fine detail (edges, pores, eyelashes) the region has, whatever its light: the standard
   * deviation of the Laplacian of its brightness in per cent of that of the brightness. Blur
   * removes the fine detail first. 0 for a flat region.
   */
  double sharpness(Rectangle region) {
    Mat part = grey.submat(region.y, region.y + region.height, region.x, region.x + region.width);
    Mat laplacian = new Mat();
    Imgproc.Laplacian(part, laplacian, CvType.CV_64F);
    double contrast = deviation(part);
    double detail = deviation(laplacian);
    part.release();
    laplacian.release();
    return contrast < 1 ? 0 : 100 * detail / contrast;
  }

  private static double deviation(Mat values) {
    MatOfDouble mean = new MatOfDouble();
    MatOfDouble deviation = new MatOfDouble();
    Core.meanStdDev(values, mean, deviation);
    double result = deviation.get(0, 0)[0];
    mean.release();
    deviation.release();
    return result;
  }

  @Override
  public void close() {
    bgrMat.release();
    grey.release();
  }

  /** The value below which the given share (0-1) of the histogram's pixels lie. */
  static int percentile(int[] histogram, double share) {
    long total = 0;
    for (int count : histogram) {
      total += count;
    }
    long wanted = (long) Math.ceil(total * share);
    long seen = 0;
    for (int value = 0; value < histogram.length; value++) {
      seen += histogram[value];
      if (seen >= Math.max(1, wanted)) {
        return value;
      }
    }
    return histogram.length - 1;
  }
}
