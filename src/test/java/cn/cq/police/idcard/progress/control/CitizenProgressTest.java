package cn.cq.police.idcard.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.review.entity.CorrectionField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitizenProgressTest {

  static final LocalDate PROMISED = LocalDate.of(2027, 1, 5);
  static final CitizenProgress.Station STATION =
      new CitizenProgress.Station("解放碑派出所", "重庆市渝中区民生路235号", "周一至周五 9:00—17:30");

  static CitizenProgress of(ApplicationStatus status, CitizenProgress.Return lastReturn) {
    return CitizenProgress.of(status, lastReturn, PROMISED, STATION);
  }

  @Test
  void everyStatusHasTheResidentsWord() {
    Map<ApplicationStatus, ProgressStage> expected = new EnumMap<>(ApplicationStatus.class);
    expected.put(ApplicationStatus.AWAITING_APPROVAL, ProgressStage.UNDER_REVIEW);
    expected.put(ApplicationStatus.RETURNED, ProgressStage.CORRECTION_NEEDED);
    expected.put(ApplicationStatus.SUSPECTED_FRAUD, ProgressStage.UNDER_REVIEW);
    expected.put(ApplicationStatus.SUBMITTED, ProgressStage.ACCEPTED);
    expected.put(ApplicationStatus.SENT_TO_PRODUCTION, ProgressStage.IN_PRODUCTION);
    expected.put(ApplicationStatus.PRODUCED, ProgressStage.IN_PRODUCTION);
    expected.put(ApplicationStatus.ARRIVED_AT_STATION, ProgressStage.READY_FOR_PICKUP);
    expected.put(ApplicationStatus.COLLECTED, ProgressStage.COLLECTED);
    expected.put(ApplicationStatus.MAILED, ProgressStage.MAILED);
    expected.put(ApplicationStatus.DELIVERED, ProgressStage.DELIVERED);
    expected.put(ApplicationStatus.REJECTED, ProgressStage.CORRECTION_NEEDED);
    expected.put(ApplicationStatus.CANCELLED, ProgressStage.CANCELLED);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      assertEquals(expected.get(status), of(status, null).stage(), status.name());
    }
  }

  @Test
  void aCardByPostShowsItsTrackingNumberOnceMailedAndNoPickupDate() {
    CitizenProgress.Post notYet = new CitizenProgress.Post(null);
    CitizenProgress arrived =
        CitizenProgress.of(ApplicationStatus.ARRIVED_AT_STATION, null, PROMISED, STATION, notYet);
    assertEquals(ProgressStage.READY_FOR_POSTING, arrived.stage());
    assertNull(arrived.trackingNumber());
    assertNull(arrived.promisedPickupDate());
    CitizenProgress.Post posted = new CitizenProgress.Post("EK123456789CN");
    CitizenProgress mailed =
        CitizenProgress.of(ApplicationStatus.MAILED, null, PROMISED, STATION, posted);
    assertEquals(ProgressStage.MAILED, mailed.stage());
    assertEquals("EK123456789CN", mailed.trackingNumber());
    assertNull(mailed.promisedPickupDate());
    assertEquals(
        "EK123456789CN",
        CitizenProgress.of(ApplicationStatus.DELIVERED, null, PROMISED, STATION, posted)
            .trackingNumber());
    // Collected at the station: the same status, the words of a pickup.
    assertEquals(
        ProgressStage.READY_FOR_PICKUP,
        CitizenProgress.of(ApplicationStatus.ARRIVED_AT_STATION, null, PROMISED, STATION, null)
            .stage());
  }

  @Test
  void aReturnSaysWhatToBring() {
    assertEquals(
        Set.of(ToBring.AUTHORIZATION_DOCUMENTS),
        of(ApplicationStatus.RETURNED, new CitizenProgress.Return("PROXY_DOCUMENTS", Set.of()))
            .toBring());
    assertEquals(
        Set.of(ToBring.NEW_PHOTO_RECEIPT, ToBring.APPLICANT_IN_PERSON),
        of(
                ApplicationStatus.RETURNED,
                new CitizenProgress.Return(
                    "PHOTO_OR_RECEIPT", Set.of(CorrectionField.FINGERPRINTS)))
            .toBring());
    assertEquals(
        Set.of(ToBring.ASK_THE_STATION),
        of(ApplicationStatus.RETURNED, new CitizenProgress.Return("SOMETHING_NEW", Set.of()))
            .toBring());
    assertEquals(Set.of(ToBring.ASK_THE_STATION), of(ApplicationStatus.REJECTED, null).toBring());
  }

  @Test
  void aReturnTheStationCorrectsItselfIsStillUnderReview() {
    CitizenProgress progress =
        of(
            ApplicationStatus.RETURNED,
            new CitizenProgress.Return(
                "FEE", Set.of(CorrectionField.FEE_RECEIPT, CorrectionField.AGENT_PHONE)));
    assertEquals(ProgressStage.UNDER_REVIEW, progress.stage());
    assertEquals(Set.of(), progress.toBring());
  }

  @Test
  void thePromisedDateGoesOnceTheCardIsCollected() {
    assertEquals(PROMISED, of(ApplicationStatus.SENT_TO_PRODUCTION, null).promisedPickupDate());
    assertEquals(PROMISED, of(ApplicationStatus.ARRIVED_AT_STATION, null).promisedPickupDate());
    assertNull(of(ApplicationStatus.COLLECTED, null).promisedPickupDate());
    assertEquals("重庆市渝中区民生路235号", of(ApplicationStatus.COLLECTED, null).stationAddress());
  }
}
