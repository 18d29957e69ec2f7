package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.receipts.entity.ReceiptStatus;
import cn.cq.police.idcard.settings.control.CurrentSettings;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds a receipt by its number together with the applicant's citizen ID number and judges whether
 * it can be used at a given station today, checking in the order a clerk would explain it. Reads
 * only; the caller's boundary decides who may ask and for which station.
 */
@Dependent
public class ReceiptEligibility {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** The administrator's receipt validity, or the configured one until it is changed. */
  @Inject CurrentSettings settings;

  @Inject
  @ConfigProperty(name = "receipts.detection-centre.public-key")
  String centrePublicKey;

  CentreSignature centreSignature;

  @PostConstruct
  void init() {
    centreSignature = new CentreSignature(CentreSignature.publicKey(centrePublicKey));
  }

  public ReceiptLookup lookUp(Station station, String receiptNumberInput, String idNumberInput) {
    Optional<ReceiptNumber> receiptNumber = ReceiptNumber.tryParse(receiptNumberInput);
    if (receiptNumber.isEmpty()) {
      return ReceiptLookup.refused(LookupOutcome.MALFORMED_RECEIPT_NUMBER);
    }
    CitizenIdNumber idNumber;
    try {
      idNumber = CitizenIdNumber.parse(idNumberInput);
    } catch (InvalidCitizenIdNumberException invalid) {
      return ReceiptLookup.invalidIdNumber(invalid.reason());
    }
    Optional<Receipt> found = byNumber(receiptNumber.get());
    if (found.isEmpty()) {
      return ReceiptLookup.refused(LookupOutcome.UNKNOWN_RECEIPT);
    }
    Receipt receipt = found.get();
    if (!receipt.belongsTo(idNumber)) {
      return ReceiptLookup.refused(LookupOutcome.ID_MISMATCH);
    }
    return judge(receipt, station);
  }

  private ReceiptLookup judge(Receipt receipt, Station station) {
    int validityDays = settings.receiptValidityDays();
    LocalDate validUntil = receipt.validUntil(validityDays);
    if (receipt.getStatus() == ReceiptStatus.REVOKED) {
      return ReceiptLookup.of(LookupOutcome.REVOKED, receipt, null, validUntil, null);
    }
    byte[] photo = photoOf(receipt);
    if (!photoIntact(receipt, photo)) {
      return ReceiptLookup.refused(LookupOutcome.INTEGRITY_BROKEN);
    }
    if (!receipt.photoPassed()) {
      return ReceiptLookup.of(LookupOutcome.PHOTO_FAILED, receipt, photo, validUntil, null);
    }
    if (receipt.getStatus() == ReceiptStatus.USED) {
      AcceptanceNumber usedBy =
          applicationFor(receipt).map(Application::getAcceptanceNumber).orElse(null);
      return ReceiptLookup.of(LookupOutcome.ALREADY_USED, receipt, photo, validUntil, usedBy);
    }
    if (receipt.isExpiredOn(LocalDate.now(clock), validityDays)) {
      return ReceiptLookup.of(LookupOutcome.EXPIRED, receipt, photo, validUntil, null);
    }
    return householdBar(station, receipt.getHouseholdRegionCode(), receipt.getCitizenIdNumber())
        .map(bar -> ReceiptLookup.of(bar.outcome(), receipt, photo, validUntil, bar.inProgress()))
        .orElseGet(() -> ReceiptLookup.of(LookupOutcome.USABLE, receipt, photo, validUntil, null));
  }

  /**
   * The household check every application passes, with a receipt or with a photo taken at the
   * station: the household lies in the station's jurisdiction, and no application of the person is
   * in progress.
   */
  public Optional<HouseholdBar> householdBar(
      Station station, String householdRegionCode, CitizenIdNumber idNumber) {
    if (!station.serves(householdRegionCode)) {
      return Optional.of(new HouseholdBar(LookupOutcome.OUTSIDE_JURISDICTION, null));
    }
    return applicationInProgressFor(idNumber)
        .map(
            inProgress ->
                new HouseholdBar(
                    LookupOutcome.APPLICATION_IN_PROGRESS, inProgress.getAcceptanceNumber()));
  }

  /**
   * The centre's photos carry its signature over number, person and hash; the station's own have
   * only their hash, recorded when the station's checks accepted them.
   */
  private boolean photoIntact(Receipt receipt, byte[] photo) {
    if (receipt.getPhotoSource().isStation()) {
      return photo != null && CentreSignature.sha256Hex(photo).equals(receipt.getPhotoSha256());
    }
    return centreSignature.verifies(
        receipt.signedContent(), receipt.getPhotoSha256(), receipt.getCentreSignature(), photo);
  }

  /**
   * Serialises everything that uses one receipt (an application's submit, a temporary card's
   * issue): the first caller holds the row lock until its transaction ends, and the next one judges
   * the receipt after it. A number that is malformed or unknown locks nothing; the look-up refuses
   * it.
   */
  public void lockReceipt(String receiptNumberInput) {
    // The id alone, so the receipt is first read under the lock, never from before it.
    ReceiptNumber.tryParse(receiptNumberInput)
        .flatMap(
            number ->
                em.createQuery(
                        "select r.id from Receipt r where r.receiptNumber = :number", Long.class)
                    .setParameter("number", number)
                    .getResultStream()
                    .findFirst())
        .ifPresent(id -> em.find(Receipt.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  private Optional<Receipt> byNumber(ReceiptNumber receiptNumber) {
    return em.createNamedQuery(Receipt.BY_NUMBER, Receipt.class)
        .setParameter("receiptNumber", receiptNumber)
        .getResultStream()
        .findFirst();
  }

  private byte[] photoOf(Receipt receipt) {
    ReceiptPhoto photo = em.find(ReceiptPhoto.class, receipt.getId());
    return photo == null ? null : photo.getJpeg();
  }

  private Optional<Application> applicationFor(Receipt receipt) {
    return em.createNamedQuery(Application.FOR_RECEIPT, Application.class)
        .setParameter("receipt", receipt)
        .getResultStream()
        .findFirst();
  }

  private Optional<Application> applicationInProgressFor(CitizenIdNumber idNumber) {
    return em.createNamedQuery(Application.IN_PROGRESS_FOR_CITIZEN, Application.class)
        .setParameter("citizenIdNumber", idNumber)
        .setParameter("statuses", ApplicationStatus.IN_PROGRESS)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
