package cn.cq.police.idcard.progress.control;

import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.review.entity.CorrectionField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Everything the public query tells about one application, and nothing more: no name, photo or ID
 * number. The station is where to collect the card or bring what is missing.
 *
 * @param toBring for {@link ProgressStage#CORRECTION_NEEDED}; empty otherwise
 * @param trackingNumber for {@link ProgressStage#MAILED} and {@link ProgressStage#DELIVERED}
 * @param promisedPickupDate null when the stage no longer awaits a pickup, or none was promised
 */
public record CitizenProgress(
    ProgressStage stage,
    Set<ToBring> toBring,
    String trackingNumber,
    LocalDate promisedPickupDate,
    String stationName,
    String stationAddress,
    String officeHours)
    implements Serializable {

  public CitizenProgress {
    toBring = toBring.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(toBring));
  }

  /** The station where the application was accepted: name, address and office hours. */
  public record Station(String name, String address, String officeHours) {}

  /** A card delivered by post: its tracking number once posted, null before. */
  public record Post(String trackingNumber) {}

  /** The latest return for correction: its reason code and the fields it named. */
  public record Return(String reasonCode, Set<CorrectionField> fields) {}

  /**
   * The resident's view of an application in a status. A return that asks nothing of the resident
   * is still under review; a rejection by the production centre needs the resident to ask at the
   * station (its reason is the centre's words, not shown).
   *
   * @param lastReturn the latest return, for a {@link ApplicationStatus#RETURNED} application; null
   *     when unknown
   */
  public static CitizenProgress of(
      ApplicationStatus status, Return lastReturn, LocalDate promisedPickupDate, Station station) {
    return of(status, lastReturn, promisedPickupDate, station, null);
  }

  /**
   * As {@link #of(ApplicationStatus, Return, LocalDate, Station)}, for a card delivered by post
   * (邮寄送证) when {@code post} is not null.
   */
  public static CitizenProgress of(
      ApplicationStatus status,
      Return lastReturn,
      LocalDate promisedPickupDate,
      Station station,
      Post post) {
    Set<ToBring> toBring = Set.of();
    ProgressStage stage =
        switch (status) {
          case AWAITING_APPROVAL, SUSPECTED_FRAUD -> ProgressStage.UNDER_REVIEW;
          case SUBMITTED -> ProgressStage.ACCEPTED;
          case SENT_TO_PRODUCTION, PRODUCED -> ProgressStage.IN_PRODUCTION;
          case ARRIVED_AT_STATION ->
              post == null ? ProgressStage.READY_FOR_PICKUP : ProgressStage.READY_FOR_POSTING;
          case COLLECTED -> ProgressStage.COLLECTED;
          case MAILED -> ProgressStage.MAILED;
          case DELIVERED -> ProgressStage.DELIVERED;
          case CANCELLED -> ProgressStage.CANCELLED;
          case REJECTED -> {
            toBring = Set.of(ToBring.ASK_THE_STATION);
            yield ProgressStage.CORRECTION_NEEDED;
          }
          case RETURNED -> {
            toBring =
                lastReturn == null
                    ? Set.of(ToBring.ASK_THE_STATION)
                    : ToBring.forReturn(lastReturn.reasonCode(), lastReturn.fields());
            yield toBring.isEmpty() ? ProgressStage.UNDER_REVIEW : ProgressStage.CORRECTION_NEEDED;
          }
        };
    return new CitizenProgress(
        stage,
        toBring,
        post != null && (stage == ProgressStage.MAILED || stage == ProgressStage.DELIVERED)
            ? post.trackingNumber()
            : null,
        stage.awaitsPickup() ? promisedPickupDate : null,
        station.name(),
        station.address(),
        station.officeHours());
  }
}
