package cn.cq.police.idcard.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A video file for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): one still
 * picture as Y4M, 4:2:0 full-range YCbCr as JPEG uses it, repeated for a few frames, which Chromium
 * plays in a loop. So the browser test photographs a known scene through the real camera path.
 */
final class FakeCamera {

  private static final int FRAMES = 5;

  private FakeCamera() {}

  static Path y4m(BufferedImage scene, Path file) throws IOException {
    int width = scene.getWidth() & ~1;
    int height = scene.getHeight() & ~1;
    byte[] y = new byte[width * height];
    byte[] cb = new byte[width * height / 4];
    byte[] cr = new byte[width * height / 4];
    for (int row = 0; row < height; row += 2) {
      for (int col = 0; col < width; col += 2) {
        double sumCb = 0;
        double sumCr = 0;
        for (int dy = 0; dy < 2; dy++) {
          for (int dx = 0; dx < 2; dx++) {
            int rgb = scene.getRGB(col + dx, row + dy);
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            y[(row + dy) * width + col + dx] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
            sumCb += 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
            sumCr += 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
          }
        }
        int at = (row / 2) * (width / 2) + col / 2;
        cb[at] = clamp(sumCb / 4);
        cr[at] = clamp(sumCr / 4);
      }
    }
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          ("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
              .getBytes(StandardCharsets.US_ASCII));
      for (int frame = 0; frame < FRAMES; frame++) {
        out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
        out.write(y);
        out.write(cb);
        out.write(cr);
      }
    }
    return file;
  }

  private static byte clamp(double value) {
    return (byte) Math.max(0, Math.min(255, Math.round(value)));
  }
}
