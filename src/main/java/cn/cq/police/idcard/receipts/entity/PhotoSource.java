package cn.cq.police.idcard.receipts.entity;

/**
 * Where a receipt's photo came from: the detection centre, or the station's own camera or scanner.
 */
public enum PhotoSource {
  DETECTION_CENTRE,
  STATION_CAMERA,
  STATION_SCAN;

  public boolean isStation() {
    return this != DETECTION_CENTRE;
  }
}
