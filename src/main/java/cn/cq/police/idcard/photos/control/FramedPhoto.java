package cn.cq.police.idcard.photos.control;

import java.awt.Rectangle;
import java.util.Optional;

/**
 * A photo framed from a larger image.
 *
 * @param jpeg the finished photo: the standard's size, 24-bit colour baseline JPEG, 350 dpi
 * @param crop the part of the source it shows, in the source's pixels; may reach past the source's
 *     edges, which show as white
 * @param face the face the framing was built around, in the source's pixels; null when none was
 *     found (then the crop is the source's centre)
 * @param quality the JPEG quality (0-1) that brought the file within the standard's size bounds, or
 *     the nearest it came
 */
public record FramedPhoto(byte[] jpeg, Rectangle crop, DetectedFace face, float quality) {

  public FramedPhoto {
    crop = new Rectangle(crop);
  }

  public Optional<DetectedFace> sourceFace() {
    return Optional.ofNullable(face);
  }
}
