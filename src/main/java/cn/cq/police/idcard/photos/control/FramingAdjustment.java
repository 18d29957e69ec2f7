package cn.cq.police.idcard.photos.control;

import java.awt.Rectangle;

/**
 * The clerk's corrections to a proposed framing, in steps: zoom in or out, move the person up,
 * down, left or right in the photo. Steps add up, so the screen keeps one value and sends it with
 * every click; {@link #NONE} is the proposal itself.
 *
 * @param zoomSteps positive: the person larger (the crop smaller), {@value #ZOOM_STEP} per step
 * @param rightSteps positive: the person further right in the photo, {@value #MOVE_STEP} photo
 *     pixels per step; negative: left
 * @param downSteps positive: the person lower in the photo; negative: higher
 */
public record FramingAdjustment(int zoomSteps, int rightSteps, int downSteps) {

  public static final FramingAdjustment NONE = new FramingAdjustment(0, 0, 0);

  /** 3 % per step: 6 px of a 207 px face, whose tolerance is 14 px either way. */
  public static final double ZOOM_STEP = 1.03;

  /** Pixels of the finished photo per step: the top margin's tolerance is 7 px either way. */
  public static final int MOVE_STEP = 4;

  /** At most this many zoom steps either way (about 0.4 to 2.4 times). */
  public static final int MAX_ZOOM_STEPS = 30;

  public FramingAdjustment {
    if (Math.abs(zoomSteps) > MAX_ZOOM_STEPS) {
      throw new IllegalArgumentException("at most " + MAX_ZOOM_STEPS + " zoom steps either way");
    }
  }

  public FramingAdjustment zoomIn() {
    return new FramingAdjustment(Math.min(MAX_ZOOM_STEPS, zoomSteps + 1), rightSteps, downSteps);
  }

  public FramingAdjustment zoomOut() {
    return new FramingAdjustment(Math.max(-MAX_ZOOM_STEPS, zoomSteps - 1), rightSteps, downSteps);
  }

  public FramingAdjustment left() {
    return new FramingAdjustment(zoomSteps, rightSteps - 1, downSteps);
  }

  public FramingAdjustment right() {
    return new FramingAdjustment(zoomSteps, rightSteps + 1, downSteps);
  }

  public FramingAdjustment up() {
    return new FramingAdjustment(zoomSteps, rightSteps, downSteps - 1);
  }

  public FramingAdjustment down() {
    return new FramingAdjustment(zoomSteps, rightSteps, downSteps + 1);
  }

  /**
   * The crop (in the source's pixels) after these steps, from the proposed one. The zoom keeps the
   * point where the crown belongs (the middle of the top margin, on the centre line) where it is,
   * so the top of the head stays in place while the face grows or shrinks; then the moves. Keeps
   * the photo's aspect.
   */
  public Rectangle applyTo(Rectangle crop, PhotoStandard standard) {
    if (equals(NONE)) {
      return new Rectangle(crop);
    }
    double sourcePerPhotoPixel = (double) crop.width / standard.width();
    double anchorX = crop.getCenterX();
    double anchorY = crop.y + standard.topMarginTarget() * sourcePerPhotoPixel;
    double zoom = Math.pow(ZOOM_STEP, zoomSteps);
    double width = crop.width / zoom;
    double height = width * standard.height() / standard.width();
    double scale = sourcePerPhotoPixel / zoom;
    // Moving the person right in the photo moves the crop left over the source.
    double x = anchorX - width / 2 - rightSteps * MOVE_STEP * scale;
    double y = anchorY - standard.topMarginTarget() * scale - downSteps * MOVE_STEP * scale;
    return new Rectangle(
        (int) Math.round(x),
        (int) Math.round(y),
        Math.max(1, (int) Math.round(width)),
        Math.max(1, (int) Math.round(height)));
  }
}
