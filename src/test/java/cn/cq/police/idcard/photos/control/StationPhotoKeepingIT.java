package cn.cq.police.idcard.photos.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.control.LookupOutcome;
import cn.cq.police.idcard.applications.control.ReceiptEligibility;
import cn.cq.police.idcard.applications.control.ReceiptLookup;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.feeds.control.ProductionPayload;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.photos.entity.StationPhoto;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.control.CentreSignature;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.PhotoSource;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.review.control.ReviewFixture;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Photos taken at the station, on a real database and with the real checks: an accepted photo
 * becomes the station's receipt for exactly one person and the counter flow goes on with it to the
 * production centre's payload; refusals store nothing; a changed photo is an integrity break.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class StationPhotoKeepingIT {

  /** 观音桥派出所 (江北区, 500105): no other Arquillian test takes photos there. */
  static final String CLERK = "jiangbei.clerk";

  static final String JURISDICTION = "500105";

  /** Each test's people get their own sequence numbers: the suite's database is shared. */
  private static final AtomicInteger PEOPLE = new AtomicInteger(700);

  @Inject Keeper keeper;

  @Inject ReviewFixture fixture;

  static CitizenIdNumber newPerson() {
    return CitizenIdNumber.of(JURISDICTION, LocalDate.of(1988, 3, 14), PEOPLE.incrementAndGet());
  }

  static StationApplicant applicant(CitizenIdNumber id, String region) {
    return new StationApplicant(id, "陈现场", "01", region, "重庆市江北区建新北路1号");
  }

  static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The standard portrait, framed and checked by the lab as a scan would be. */
  byte[] acceptedPhoto() {
    StationShot shot =
        keeper.lab.frameAndCheck(
            png(TestPhotos.photo(TestPhotos.Placement.standard())), FramingAdjustment.NONE);
    assertTrue(shot.accepted(), () -> "not accepted: " + shot.verdict().findings());
    return shot.jpeg();
  }

  @Test
  void anAcceptedPhotoBecomesTheStationsReceiptForThatPersonAndReachesTheProductionCentre() {
    CitizenIdNumber person = newPerson();
    byte[] jpeg = acceptedPhoto();

    Receipt receipt =
        keeper.keep(CLERK, applicant(person, JURISDICTION), PhotoSource.STATION_CAMERA, jpeg);

    assertTrue(receipt.getReceiptNumber().value().startsWith("ZC500105510001"), "" + receipt);
    assertEquals(20, receipt.getReceiptNumber().value().length());
    assertEquals(PhotoSource.STATION_CAMERA, receipt.getPhotoSource());
    assertEquals(CentreSignature.sha256Hex(jpeg), receipt.getPhotoSha256());
    StationPhoto provenance = keeper.provenance(receipt);
    assertEquals(CLERK, provenance.getTakenBy().getUsername());
    assertTrue(provenance.getCheckResults().startsWith("passed=FILE, DECODING, FACES"));
    assertTrue(provenance.getCheckResults().contains("faceWidth="), provenance.getCheckResults());
    List<AuditEntry> audit = keeper.audit(receipt.getReceiptNumber().value());
    assertEquals(1, audit.size());
    assertEquals("photo.takenAtStation", audit.get(0).getAction());
    assertTrue(audit.get(0).getAfter().contains("source=STATION_CAMERA"));
    assertFalse(audit.get(0).getAfter().contains(person.value()), "no full ID number in the trail");

    // The counter looks it up with the person's ID number only, and goes on as with a receipt.
    String number = receipt.getReceiptNumber().value();
    ReceiptLookup found = keeper.lookUp(number, person.value());
    assertEquals(LookupOutcome.USABLE, found.outcome());
    assertEquals(LookupOutcome.ID_MISMATCH, keeper.lookUp(number, newPerson().value()).outcome());

    Application application =
        fixture.submit(
            CLERK,
            new SubmitRequest(
                number,
                person.value(),
                UUID.randomUUID().toString(),
                ApplicationType.FIRST_APPLICATION,
                Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB),
                null,
                PaymentMethod.CASH,
                null,
                null,
                null));
    String payload = keeper.payload(application.getId());
    assertTrue(payload.contains("\"source\":\"STATION_CAMERA\""), "source in the payload");
    assertTrue(payload.contains(Base64.getEncoder().encodeToString(jpeg)), "the photo itself");
    assertTrue(payload.contains(CentreSignature.sha256Hex(jpeg)), "its hash");

    // One application per person in progress: a second photo for them is not kept.
    StationPhotoRefused again =
        assertThrows(
            StationPhotoRefused.class,
            () ->
                keeper.keep(
                    CLERK, applicant(person, JURISDICTION), PhotoSource.STATION_SCAN, jpeg));
    assertEquals(StationPhotoRefused.Why.APPLICATION_IN_PROGRESS, again.why());
  }

  @Test
  void refusedPhotosAndPeopleStoreNothingAndNumbersFollowEachOther() {
    byte[] jpeg = acceptedPhoto();
    byte[] grey =
        keeper
            .lab
            .frameAndCheck(
                png(TestPhotos.greyInColour(TestPhotos.photo(TestPhotos.Placement.standard()))),
                FramingAdjustment.NONE)
            .jpeg();
    long receipts = keeper.count("select count(r) from Receipt r");
    long photos = keeper.count("select count(p) from StationPhoto p");

    StationPhotoRefused greyRefused =
        assertThrows(
            StationPhotoRefused.class,
            () ->
                keeper.keep(
                    CLERK, applicant(newPerson(), JURISDICTION), PhotoSource.STATION_SCAN, grey));
    assertEquals(StationPhotoRefused.Why.PHOTO_NOT_ACCEPTED, greyRefused.why());
    StationPhotoRefused elsewhere =
        assertThrows(
            StationPhotoRefused.class,
            () ->
                keeper.keep(
                    CLERK, applicant(newPerson(), "500101"), PhotoSource.STATION_CAMERA, jpeg));
    assertEquals(StationPhotoRefused.Why.OUTSIDE_JURISDICTION, elsewhere.why());
    assertEquals(receipts, keeper.count("select count(r) from Receipt r"));
    assertEquals(photos, keeper.count("select count(p) from StationPhoto p"));

    // A refusal takes its number back: the next two kept photos have consecutive numbers.
    long first =
        sequence(
            keeper.keep(
                CLERK, applicant(newPerson(), JURISDICTION), PhotoSource.STATION_CAMERA, jpeg));
    long second =
        sequence(
            keeper.keep(
                CLERK, applicant(newPerson(), JURISDICTION), PhotoSource.STATION_CAMERA, jpeg));
    assertEquals(first + 1, second);
  }

  @Test
  void aStationPhotoChangedInTheDatabaseIsAnIntegrityBreak() {
    CitizenIdNumber person = newPerson();
    Receipt receipt =
        keeper.keep(
            CLERK, applicant(person, JURISDICTION), PhotoSource.STATION_SCAN, acceptedPhoto());
    String number = receipt.getReceiptNumber().value();
    assertEquals(LookupOutcome.USABLE, keeper.lookUp(number, person.value()).outcome());

    keeper.replacePhoto(receipt, png(TestPhotos.astronaut()));

    ReceiptLookup after = keeper.lookUp(number, person.value());
    assertEquals(LookupOutcome.INTEGRITY_BROKEN, after.outcome());
  }

  private static long sequence(Receipt receipt) {
    String number = receipt.getReceiptNumber().value();
    return Long.parseLong(number.substring(number.length() - 6));
  }

  /** Runs each step in a transaction of its own, as the facade would, for a named clerk. */
  @Dependent
  public static class Keeper {

    @PersistenceContext EntityManager em;

    @Inject StationPhotoKeeping keeping;

    @Inject ReceiptEligibility eligibility;

    @Inject PhotoLab lab;

    StaffAccount account(String username) {
      return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
          .setParameter("username", username)
          .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Receipt keep(
        String username, StationApplicant applicant, PhotoSource source, byte[] jpeg) {
      return keeping.keep(account(username), applicant, source, jpeg);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public StationPhoto provenance(Receipt receipt) {
      StationPhoto photo = em.find(StationPhoto.class, receipt.getId());
      photo.getTakenBy().getUsername();
      return photo;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReceiptLookup lookUp(String receiptNumber, String idNumber) {
      return eligibility.lookUp(account(CLERK).getStation(), receiptNumber, idNumber);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AuditEntry> audit(String receiptNumber) {
      return em.createQuery(
              "select e from AuditEntry e where e.subjectType = 'receipt' and e.subjectId = :id",
              AuditEntry.class)
          .setParameter("id", receiptNumber)
          .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String payload(Long applicationId) {
      Application application = em.find(Application.class, applicationId);
      byte[] jpeg = em.find(ReceiptPhoto.class, application.getReceipt().getId()).getJpeg();
      return new String(
          ProductionPayload.of(application, "key-" + applicationId, jpeg), StandardCharsets.UTF_8);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void replacePhoto(Receipt receipt, byte[] other) {
      em.createNativeQuery("update receipt_photo set jpeg = ?1 where receipt_id = ?2")
          .setParameter(1, SealedColumns.cipher().seal(other, SealedColumns.Jpeg.COLUMN))
          .setParameter(2, receipt.getId())
          .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count(String jpql) {
      return em.createQuery(jpql, Long.class).getSingleResult();
    }
  }
}
