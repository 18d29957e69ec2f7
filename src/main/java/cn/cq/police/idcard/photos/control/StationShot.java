package cn.cq.police.idcard.photos.control;

/**
 * One shot of the station's camera or one scan, framed as the standard wants and checked.
 *
 * @param jpeg the framed photo; null when the file could not be read as an image
 * @param verdict the checks' verdict on the framed photo; null with {@code jpeg}
 */
public record StationShot(byte[] jpeg, PhotoVerdict verdict) {

  public static StationShot unreadableImage() {
    return new StationShot(null, null);
  }

  public boolean unreadable() {
    return jpeg == null;
  }

  public boolean accepted() {
    return verdict != null && verdict.accepted();
  }
}
