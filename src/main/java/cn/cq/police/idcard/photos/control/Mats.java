package cn.cq.police.idcard.photos.control;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/** Between Java images and OpenCV matrices; the caller releases what it gets. */
final class Mats {

  private Mats() {}

  /** The image as 8-bit blue-green-red pixels, OpenCV's and the JPEG decoder's layout. */
  static BufferedImage threeByteBgr(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
        && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0
        && bytes(image).length == image.getWidth() * image.getHeight() * 3) {
      return image; // not a sub-image sharing a larger one's pixels
    }
    return drawnAs(image, BufferedImage.TYPE_3BYTE_BGR);
  }

  /** A copy of the image in another pixel type ({@code BufferedImage.TYPE_*}). */
  static BufferedImage drawnAs(BufferedImage image, int type) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
    Graphics2D g = copy.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return copy;
  }

  /** The pixel bytes of a {@link BufferedImage#TYPE_3BYTE_BGR} image (not a copy). */
  static byte[] bytes(BufferedImage threeByteBgr) {
    return ((DataBufferByte) threeByteBgr.getRaster().getDataBuffer()).getData();
  }

  static Mat bgr(BufferedImage image) {
    BufferedImage bgr = threeByteBgr(image);
    Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
    mat.put(0, 0, bytes(bgr));
    return mat;
  }

  static Mat grey(Mat bgr) {
    Mat grey = new Mat();
    Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
    return grey;
  }

  static BufferedImage image(Mat bgr) {
    BufferedImage image = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
    bgr.get(0, 0, bytes(image));
    return image;
  }
}
