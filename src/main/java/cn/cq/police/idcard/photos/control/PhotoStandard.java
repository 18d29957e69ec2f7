package cn.cq.police.idcard.photos.control;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The thresholds of the photo checks, in pixels of the finished 358 x 441 photo unless said
 * otherwise. The defaults, and where each comes from, are in {@code
 * META-INF/microprofile-config.properties} (keys {@code photos.check.*}) and docs/photos.md; {@link
 * #defaults()} holds the same values for tests and the command line (a test keeps both equal).
 *
 * <p>Brightness values are Rec. 601 luma (0.299 R + 0.587 G + 0.114 B) on 0-255.
 *
 * @param width photo width in pixels
 * @param height photo height in pixels
 * @param minBytes smallest JPEG file accepted
 * @param maxBytes largest JPEG file accepted
 * @param backgroundMinLuminance the plain background's mean brightness at least this
 * @param backgroundMaxUnevenness the background's brightness spread (95th minus 5th percentile) at
 *     most this: a shadow or a lamp's hot spot widens it
 * @param backgroundMaxColourCast the background's largest difference between the mean red, green
 *     and blue at most this: a tinted backdrop or a wrong white balance
 * @param backgroundMinShare the plain background reached from the top corners covers at least this
 *     share (0-1) of the two top corners (squares a tenth of the width wide); less means a
 *     patterned backdrop, objects behind the person, or a head that fills the photo
 * @param faceMinLuminance the face's mean brightness at least this
 * @param faceMaxLuminance the face's mean brightness at most this
 * @param faceMaxClippedShare the share of the face's pixels at full brightness (luma 250+) at most
 *     this (0-1)
 * @param faceMinSharpness the face's fine detail at least this: the standard deviation of its
 *     Laplacian in per cent of the standard deviation of its brightness (so independent of light
 *     and contrast); blur lowers it
 * @param faceMinSaturation the face's mean colourfulness (max - min of R, G, B) at least this: less
 *     is a greyscale image, even if stored as colour
 * @param minDetectedFaceWidth a detection narrower than this is not counted as a face (nor as a
 *     second one)
 * @param faceMinWidth the face (cheek to cheek) at least this wide
 * @param faceMaxWidth the face at most this wide
 * @param eyesMinDistanceToBottom the eye line at least this far above the bottom edge
 * @param topMarginMin the crown (top of the hair) at least this far below the top edge
 * @param topMarginMax the crown at most this far below the top edge
 * @param centreMaxOffset the midpoint between the eyes at most this far left or right of the
 *     photo's vertical centre line
 * @param tiltMaxDegrees the line through the eyes at most this many degrees from horizontal
 */
public record PhotoStandard(
    int width,
    int height,
    int minBytes,
    int maxBytes,
    int backgroundMinLuminance,
    int backgroundMaxUnevenness,
    int backgroundMaxColourCast,
    double backgroundMinShare,
    int faceMinLuminance,
    int faceMaxLuminance,
    double faceMaxClippedShare,
    int faceMinSharpness,
    int faceMinSaturation,
    int minDetectedFaceWidth,
    int faceMinWidth,
    int faceMaxWidth,
    int eyesMinDistanceToBottom,
    int topMarginMin,
    int topMarginMax,
    int centreMaxOffset,
    double tiltMaxDegrees) {

  public static final String PREFIX = "photos.check.";

  public PhotoStandard {
    if (width < 1 || height < 1 || minBytes < 1 || maxBytes < minBytes) {
      throw new IllegalArgumentException("photo size and file size bounds");
    }
    if (faceMinWidth > faceMaxWidth
        || topMarginMin > topMarginMax
        || faceMinLuminance > faceMaxLuminance) {
      throw new IllegalArgumentException("a minimum above its maximum");
    }
  }

  /** GA 461-2004 and the published photo requirements; see docs/photos.md. */
  public static PhotoStandard defaults() {
    return new PhotoStandard(
        358, 441, 14336, 40960, 225, 32, 16, 0.8, 80, 215, 0.05, 16, 12, 60, 193, 221, 207, 7, 21,
        17, 5.0);
  }

  /** The configured thresholds; a key not set keeps its default. */
  public static PhotoStandard from(Config config) {
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /**
   * The thresholds a look-up function names (keys {@code photos.check.*}), the default where it has
   * no value: e.g. {@code key -> Optional.ofNullable(System.getProperty(key))} for a command line.
   */
  public static PhotoStandard from(Function<String, Optional<String>> setting) {
    Settings s = new Settings(setting, defaults());
    PhotoStandard d = s.defaults;
    return new PhotoStandard(
        s.integer("width", d.width),
        s.integer("height", d.height),
        s.integer("min-bytes", d.minBytes),
        s.integer("max-bytes", d.maxBytes),
        s.integer("background.min-luminance", d.backgroundMinLuminance),
        s.integer("background.max-unevenness", d.backgroundMaxUnevenness),
        s.integer("background.max-colour-cast", d.backgroundMaxColourCast),
        s.decimal("background.min-share", d.backgroundMinShare),
        s.integer("face.min-luminance", d.faceMinLuminance),
        s.integer("face.max-luminance", d.faceMaxLuminance),
        s.decimal("face.max-clipped-share", d.faceMaxClippedShare),
        s.integer("face.min-sharpness", d.faceMinSharpness),
        s.integer("face.min-saturation", d.faceMinSaturation),
        s.integer("face.min-detected-width", d.minDetectedFaceWidth),
        s.integer("face.min-width", d.faceMinWidth),
        s.integer("face.max-width", d.faceMaxWidth),
        s.integer("eyes.min-distance-to-bottom", d.eyesMinDistanceToBottom),
        s.integer("top-margin.min", d.topMarginMin),
        s.integer("top-margin.max", d.topMarginMax),
        s.integer("centre.max-offset", d.centreMaxOffset),
        s.decimal("tilt.max-degrees", d.tiltMaxDegrees));
  }

  /** The face width the framing aims at: the middle of the allowed range. */
  public int faceTargetWidth() {
    return (faceMinWidth + faceMaxWidth) / 2;
  }

  /** The top margin the framing aims at: the middle of the allowed range. */
  public int topMarginTarget() {
    return (topMarginMin + topMarginMax) / 2;
  }

  private record Settings(Function<String, Optional<String>> setting, PhotoStandard defaults) {

    int integer(String key, int fallback) {
      return setting.apply(PREFIX + key).map(String::strip).map(Integer::parseInt).orElse(fallback);
    }

    double decimal(String key, double fallback) {
      return setting
          .apply(PREFIX + key)
          .map(String::strip)
          .map(Double::parseDouble)
          .orElse(fallback);
    }
  }
}
