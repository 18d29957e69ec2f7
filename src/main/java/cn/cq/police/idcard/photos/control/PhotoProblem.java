package cn.cq.police.idcard.photos.control;

/**
 * What a photo check found wrong. Each has a text for the clerk in the application's bundle, {@link
 * #messageKey()}, that says what is wrong and what to do; the finding's measured value and limit
 * are its parameters {0} and {1}.
 */
public enum PhotoProblem {
  /**
   * Not a complete JPEG: does not start like one, is truncated or damaged. Nothing else is checked.
   */
  NOT_JPEG(PhotoCheck.FILE),
  /** The frame header does not say 24-bit colour (3 components of 8 bits). */
  NOT_COLOUR_24BIT(PhotoCheck.FILE),
  /** Not 358 x 441 pixels; the position checks are skipped. */
  WRONG_DIMENSIONS(PhotoCheck.FILE),
  FILE_TOO_SMALL(PhotoCheck.FILE),
  FILE_TOO_LARGE(PhotoCheck.FILE),
  /** Stored as colour, but without colour: converted from a greyscale image. */
  GREYSCALE(PhotoCheck.COLOUR),
  BACKGROUND_NOT_WHITE(PhotoCheck.BACKGROUND),
  /** Shadow, hot spot or gradient on the backdrop. */
  BACKGROUND_UNEVEN(PhotoCheck.BACKGROUND),
  /** Patterned backdrop, or objects behind the person: the top corners are not plain. */
  BACKGROUND_NOT_PLAIN(PhotoCheck.BACKGROUND),
  /** The backdrop is tinted: coloured backdrop or wrong white balance. */
  COLOUR_CAST(PhotoCheck.BACKGROUND),
  TOO_DARK(PhotoCheck.EXPOSURE),
  OVEREXPOSED(PhotoCheck.EXPOSURE),
  BLURRED(PhotoCheck.SHARPNESS),
  NO_FACE(PhotoCheck.FACES),
  SEVERAL_FACES(PhotoCheck.FACES),
  /** The face was found, but not both eyes: the eye line and tilt could not be measured. */
  EYES_NOT_FOUND(PhotoCheck.FACES),
  HEAD_TOO_SMALL(PhotoCheck.HEAD_SIZE),
  HEAD_TOO_LARGE(PhotoCheck.HEAD_SIZE),
  /** The eye line is closer to the bottom edge than the standard allows. */
  EYES_TOO_LOW(PhotoCheck.EYE_LINE),
  /** The crown is too close to (or cut by) the top edge, and the head could move down. */
  TOP_MARGIN_TOO_SMALL(PhotoCheck.TOP_MARGIN),
  TOP_MARGIN_TOO_LARGE(PhotoCheck.TOP_MARGIN),
  NOT_CENTRED(PhotoCheck.CENTRING),
  TILTED(PhotoCheck.TILT);

  private final PhotoCheck check;

  PhotoProblem(PhotoCheck check) {
    this.check = check;
  }

  /** The check that finds this problem. */
  public PhotoCheck check() {
    return check;
  }

  /** The key of the clerk's explanation in {@code i18n/messages*.properties}. */
  public String messageKey() {
    return "photo.problem." + name();
  }
}
