package cn.cq.police.idcard.photos.control;

import cn.cq.police.idcard.applications.control.HouseholdBar;
import cn.cq.police.idcard.applications.control.ReceiptEligibility;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.photos.entity.StationPhoto;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.PhotoSource;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Turns a photo the station's checks accepted into a receipt of the station's own, bound to the one
 * person it was taken for: the receipt, its photo, where the photo came from and what the checks
 * measured, and the audit entry, all in the caller's transaction or none of them.
 */
@Dependent
public class StationPhotoKeeping {

  @PersistenceContext EntityManager em;

  @Inject ReceiptEligibility eligibility;

  @Inject StationPhotoNumbers numbers;

  @Inject PhotoLab lab;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  public Optional<HouseholdBar> householdBar(Station station, StationApplicant applicant) {
    return eligibility.householdBar(station, applicant.householdRegionCode(), applicant.idNumber());
  }

  /**
   * The photo is checked again and the household check repeated here, so nothing a page held
   * decides alone.
   *
   * @throws StationPhotoRefused when the photo fails a check or the person cannot apply here
   */
  public Receipt keep(
      StaffAccount clerk, StationApplicant applicant, PhotoSource source, byte[] jpeg) {
    PhotoVerdict verdict = lab.check(jpeg);
    if (!verdict.accepted()) {
      throw new StationPhotoRefused(StationPhotoRefused.Why.PHOTO_NOT_ACCEPTED);
    }
    householdBar(clerk.getStation(), applicant)
        .ifPresent(
            bar -> {
              throw new StationPhotoRefused(StationPhotoRefused.Why.valueOf(bar.outcome().name()));
            });
    LocalDateTime now = LocalDateTime.now(clock);
    ReceiptNumber number = numbers.next(clerk.getStation());
    Receipt receipt =
        Receipt.takenAtStation(
            number,
            applicant.idNumber(),
            applicant.name(),
            applicant.ethnicityCode(),
            applicant.householdRegionCode(),
            applicant.householdAddress(),
            source,
            CentreSignature.sha256Hex(jpeg),
            now);
    em.persist(receipt);
    em.flush(); // the receipt's id keys its photo and where it came from
    em.persist(new ReceiptPhoto(receipt.getId(), jpeg));
    String results = PhotoLab.stored(verdict);
    em.persist(new StationPhoto(receipt, clerk, now, results));
    audit.record(
        clerk.actor(),
        AuditEvent.of("photo.takenAtStation", Receipt.AUDIT_SUBJECT, number.value())
            .withAfter(
                String.format(
                    "source=%s; idNumber=%s; photoSha256=%s; %s",
                    source, applicant.idNumber().masked(), receipt.getPhotoSha256(), results)));
    return receipt;
  }
}
