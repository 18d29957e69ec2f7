package cn.cq.police.idcard.photos.control;

/** The checks of a photo, in the order they run; a verdict records the time each took. */
public enum PhotoCheck {
  /** Magic bytes, marker structure, frame header (24-bit colour, dimensions), file size. */
  FILE,
  /** The complete decode; a photo that does not decode is checked no further. */
  DECODING,
  /** Face and eye detection (OpenCV Haar cascades), and the count of faces. */
  FACES,
  COLOUR,
  BACKGROUND,
  EXPOSURE,
  SHARPNESS,
  HEAD_SIZE,
  EYE_LINE,
  TOP_MARGIN,
  CENTRING,
  TILT
}
