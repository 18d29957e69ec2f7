package cn.cq.police.idcard.photos.control;

import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Numbers the receipts a station makes of its own photos: {@code ZC}, the station's code and six
 * digits, so the number says which station took the photo and never meets a detection centre's
 * (which are digits only). The station's counter is advanced in the caller's transaction: the
 * update locks the row until commit, and a rollback takes the number back.
 */
@Dependent
public class StationPhotoNumbers {

  @PersistenceContext EntityManager em;

  public ReceiptNumber next(Station station) {
    em.createNativeQuery(
            "update station set last_station_photo = last_station_photo + 1 where id = ?1")
        .setParameter(1, station.getId())
        .executeUpdate();
    long sequence =
        ((Number)
                em.createNativeQuery("select last_station_photo from station where id = ?1")
                    .setParameter(1, station.getId())
                    .getSingleResult())
            .longValue();
    return number(station.getCode(), sequence);
  }

  static ReceiptNumber number(String stationCode, long sequence) {
    if (sequence > 999_999) {
      throw new IllegalStateException("The station has used up its photo numbers");
    }
    return ReceiptNumber.parse(
        ReceiptNumber.STATION_PREFIX + stationCode + String.format("%06d", sequence));
  }
}
