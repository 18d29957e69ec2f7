package cn.cq.police.idcard.photos.control;

/**
 * One failed check: the problem, what was measured and the limit it broke, in the units of the
 * problem's message (pixels, bytes, degrees, luma 0-255, or a share in per cent).
 *
 * @param measured the message's {0}: an {@code Integer}, a {@code Double} rounded to one decimal,
 *     or for {@link PhotoProblem#WRONG_DIMENSIONS} a text such as {@code 400 x 300}; null where
 *     nothing is measured (no face)
 * @param limit the message's {1}, of the same kind; null where there is none
 */
public record PhotoFinding(PhotoProblem problem, Object measured, Object limit) {

  static PhotoFinding of(PhotoProblem problem) {
    return new PhotoFinding(problem, null, null);
  }

  static PhotoFinding of(PhotoProblem problem, int measured, int limit) {
    return new PhotoFinding(problem, measured, limit);
  }

  static PhotoFinding of(PhotoProblem problem, double measured, double limit) {
    return new PhotoFinding(problem, oneDecimal(measured), oneDecimal(limit));
  }

  /** The parameters of the problem's message pattern. */
  public Object[] messageArguments() {
    return new Object[] {measured, limit};
  }

  static double oneDecimal(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
