package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.demo.boundary.DemoDataLoader;
import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.demo.control.DemoStations;
import cn.cq.police.idcard.platform.SealedColumns;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.PhotoCheck;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.receipts.entity.ReceiptStatus;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The persistence suite: Flyway schema, demo data and every look-up outcome on a real database (H2
 * by default, PostgreSQL when run with the {@code postgres} Arquillian container).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class ReceiptEligibilityIT {

  /**
   * What {@code -Ddemo.data.receipts} and the default seed in arquillian.xml produce. Receipts this
   * test creates itself have numbers starting with 5088, which the demo never uses.
   */
  static final int DEMO_RECEIPTS = 200;

  static final long DEMO_SEED = 20261125L;

  @Inject ReceiptEligibility lookups;

  @Inject TestData data;

  @Inject DemoDataLoader demoDataLoader;

  @Inject Clock clock;

  private DemoDataGenerator generator() {
    return new DemoDataGenerator(DEMO_SEED, LocalDate.now(clock), 90);
  }

  private DemoReceipt firstDemoReceiptIn(DemoReceiptState state) {
    long index =
        LongStream.range(0, DEMO_RECEIPTS)
            .filter(i -> DemoDataGenerator.stateOf(i) == state)
            .findFirst()
            .orElseThrow();
    return generator().receipt(index);
  }

  private ReceiptLookup lookUpAtHomeStation(DemoReceipt receipt, String idNumber) {
    return lookups.lookUp(data.station(receipt.stationCode()), receipt.receiptNumber(), idNumber);
  }

  @Test
  void demoDataHasStationsStaffReceiptsAndPhotos() throws IOException {
    // Other tests sharing a PostgreSQL database add stations and staff of their own.
    String demoCodes =
        DemoStations.all().stream()
            .map(station -> "'" + station.code() + "'")
            .collect(java.util.stream.Collectors.joining(", "));
    assertEquals(
        5L, data.count("select count(s) from Station s where s.code in (" + demoCodes + ")"));
    // Four at each station, and the city's and the district's accounts kept at one of them.
    assertEquals(
        20L + DemoDataWriter.wideAccounts().size(),
        data.count(
            "select count(a) from StaffAccount a where a.station.code in (" + demoCodes + ")"));
    // The generator's own receipts, not those other tests insert.
    List<ReceiptNumber> demoNumbers =
        java.util.stream.LongStream.range(0, DEMO_RECEIPTS)
            .mapToObj(i -> ReceiptNumber.parse(generator().receipt(i).receiptNumber()))
            .toList();
    assertEquals(
        (long) DEMO_RECEIPTS,
        data.count(
            "select count(r) from Receipt r where r.receiptNumber in :numbers", demoNumbers));
    assertEquals(
        (long) DEMO_RECEIPTS,
        data.count(
            "select count(p) from ReceiptPhoto p, Receipt r where p.receiptId = r.id"
                + " and r.receiptNumber in :numbers",
            demoNumbers));
    BufferedImage photo = ImageIO.read(new ByteArrayInputStream(data.anyDemoPhoto()));
    assertEquals(358, photo.getWidth());
    assertEquals(441, photo.getHeight());
  }

  @Test
  void aSecondStartKeepsTheDemoDataAsItIs() {
    long receipts = data.count("select count(r) from Receipt r");
    long accounts = data.count("select count(a) from StaffAccount a");
    demoDataLoader.loadOnce();
    assertEquals(receipts, data.count("select count(r) from Receipt r"));
    assertEquals(accounts, data.count("select count(a) from StaffAccount a"));
  }

  @Test
  void everyDemoStateGivesItsOwnOutcome() {
    Map<DemoReceiptState, LookupOutcome> expected =
        Map.of(
            DemoReceiptState.USABLE, LookupOutcome.USABLE,
            DemoReceiptState.EXPIRED, LookupOutcome.EXPIRED,
            DemoReceiptState.PHOTO_FAILED, LookupOutcome.PHOTO_FAILED,
            DemoReceiptState.USED, LookupOutcome.ALREADY_USED,
            DemoReceiptState.REVOKED, LookupOutcome.REVOKED,
            DemoReceiptState.OTHER_JURISDICTION, LookupOutcome.OUTSIDE_JURISDICTION,
            DemoReceiptState.INTEGRITY_BROKEN, LookupOutcome.INTEGRITY_BROKEN,
            DemoReceiptState.APPLICATION_IN_PROGRESS, LookupOutcome.APPLICATION_IN_PROGRESS);
    assertAll(
        expected.entrySet().stream()
            .map(
                entry ->
                    () -> {
                      DemoReceipt receipt = firstDemoReceiptIn(entry.getKey());
                      ReceiptLookup lookup =
                          lookUpAtHomeStation(receipt, receipt.idNumber().value());
                      assertEquals(entry.getValue(), lookup.outcome(), receipt.toString());
                    }));
  }

  @Test
  void aUsableReceiptShowsTheApplicantAndAVerifiedPhoto() {
    DemoReceipt demo = firstDemoReceiptIn(DemoReceiptState.USABLE);
    ReceiptLookup lookup = lookUpAtHomeStation(demo, demo.idNumber().value().toLowerCase());
    assertTrue(lookup.outcome().isUsable());
    assertEquals(demo.name(), lookup.receipt().getName());
    assertEquals(demo.idNumber(), lookup.receipt().getCitizenIdNumber());
    assertNotNull(lookup.photo());
    assertEquals(demo.issueDate().plusDays(90), lookup.validUntil());
  }

  @Test
  void refusalsThatMustNotRevealTheApplicant() {
    DemoReceipt usable = firstDemoReceiptIn(DemoReceiptState.USABLE);
    DemoReceipt other = firstDemoReceiptIn(DemoReceiptState.EXPIRED);
    DemoReceipt broken = firstDemoReceiptIn(DemoReceiptState.INTEGRITY_BROKEN);
    Station station = data.station(usable.stationCode());
    String validId = usable.idNumber().value();
    assertAll(
        () ->
            assertRefused(
                LookupOutcome.ID_MISMATCH,
                lookups.lookUp(station, usable.receiptNumber(), other.idNumber().value())),
        () ->
            assertRefused(
                LookupOutcome.UNKNOWN_RECEIPT,
                lookups.lookUp(station, "5099999999999999", validId)),
        () ->
            assertRefused(
                LookupOutcome.MALFORMED_RECEIPT_NUMBER,
                lookups.lookUp(station, "' or 1=1 --", validId)),
        () ->
            assertRefused(
                LookupOutcome.MALFORMED_RECEIPT_NUMBER,
                lookups.lookUp(station, "<script>alert(1)</script>", validId)),
        () ->
            assertRefused(
                LookupOutcome.MALFORMED_RECEIPT_NUMBER, lookups.lookUp(station, null, validId)),
        () ->
            assertRefused(
                LookupOutcome.INVALID_ID_NUMBER,
                lookups.lookUp(station, usable.receiptNumber(), withWrongCheckCharacter(validId))),
        () ->
            assertRefused(
                LookupOutcome.INTEGRITY_BROKEN,
                lookUpAtHomeStation(broken, broken.idNumber().value())));
  }

  @Test
  void aReceiptWithoutItsPhotoOrWithAnUnsignedOneIsRefused() {
    Station yuzhong = data.station("500103510001");
    Receipt withoutPhoto = data.newReceipt("5088000000000011", null);
    Receipt unsigned = data.newReceipt("5088000000000012", new byte[] {1, 2, 3});
    String idNumber = withoutPhoto.getCitizenIdNumber().value();
    assertRefused(
        LookupOutcome.INTEGRITY_BROKEN, lookups.lookUp(yuzhong, "5088000000000011", idNumber));
    assertRefused(
        LookupOutcome.INTEGRITY_BROKEN, lookups.lookUp(yuzhong, "5088000000000012", idNumber));
    assertEquals(ReceiptStatus.AVAILABLE, data.receipt(unsigned.getId()).getStatus());
  }

  @Test
  void theSameReceiptAtAnotherStationIsOutsideItsJurisdiction() {
    DemoReceipt usable = firstDemoReceiptIn(DemoReceiptState.USABLE);
    Station elsewhere =
        data.stations().stream()
            .filter(station -> !station.serves(usable.householdRegionCode()))
            .findFirst()
            .orElseThrow();
    ReceiptLookup lookup =
        lookups.lookUp(elsewhere, usable.receiptNumber(), usable.idNumber().value());
    assertEquals(LookupOutcome.OUTSIDE_JURISDICTION, lookup.outcome());
  }

  @Test
  void lookingUpChangesNothing() {
    long applications = data.count("select count(a) from Application a");
    DemoReceipt usable = firstDemoReceiptIn(DemoReceiptState.USABLE);
    lookUpAtHomeStation(usable, usable.idNumber().value());
    lookUpAtHomeStation(usable, usable.idNumber().value());
    assertEquals(applications, data.count("select count(a) from Application a"));
    assertEquals(
        LookupOutcome.USABLE, lookUpAtHomeStation(usable, usable.idNumber().value()).outcome());
  }

  @Test
  void theDatabaseRefusesASecondApplicationForOneReceipt() {
    Receipt receipt = data.newReceipt("5088000000000001", new byte[] {1, 2, 3});
    data.submit(receipt.getId(), "500103510001" + "20261125" + "9901");
    assertThrows(
        Exception.class, () -> data.submit(receipt.getId(), "500103510001" + "20261125" + "9902"));
    assertEquals(
        1L,
        data.count("select count(a) from Application a where a.receipt.id = " + receipt.getId()));
  }

  private static void assertRefused(LookupOutcome expected, ReceiptLookup lookup) {
    assertEquals(expected, lookup.outcome());
    assertFalse(lookup.showsApplicant());
    assertNull(lookup.photo());
  }

  static String withWrongCheckCharacter(String idNumber) {
    char right = idNumber.charAt(17);
    return idNumber.substring(0, 17) + (right == '1' ? '2' : '1');
  }

  /** Seeds and reads in transactions of its own, as the product's boundaries would. */
  @Dependent
  @Transactional
  public static class TestData {

    @PersistenceContext EntityManager em;

    @Inject Clock clock;

    public long count(String jpql) {
      return em.createQuery(jpql, Long.class).getSingleResult();
    }

    public long count(String jpql, List<ReceiptNumber> numbers) {
      return em.createQuery(jpql, Long.class).setParameter("numbers", numbers).getSingleResult();
    }

    public List<Station> stations() {
      return em.createNamedQuery(Station.ALL, Station.class).getResultList();
    }

    public Station station(String code) {
      return stations().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow();
    }

    public byte[] anyDemoPhoto() {
      // Native: a receipt number pattern is no receipt number the converter could take.
      return SealedColumns.cipher()
          .open(
              (byte[])
                  em.createNativeQuery(
                          "select p.jpeg from receipt_photo p join receipt r on p.receipt_id = r.id"
                              + " where r.receipt_number not like '5088%'")
                      .setMaxResults(1)
                      .getSingleResult(),
              SealedColumns.Jpeg.COLUMN);
    }

    public Receipt receipt(Long id) {
      return em.find(Receipt.class, id);
    }

    /** A receipt as a careless or hostile sender might deliver it: no valid signature. */
    public Receipt newReceipt(String receiptNumber, byte[] photo) {
      CitizenIdNumber idNumber = CitizenIdNumber.of("500103", LocalDate.of(1990, 5, 17), 123);
      Receipt receipt =
          new Receipt(
              ReceiptNumber.parse(receiptNumber),
              idNumber,
              "测试",
              "01",
              "500103",
              "重庆市渝中区测试路1号",
              LocalDate.now(clock),
              PhotoCheck.PASSED,
              "0".repeat(64),
              "unsigned",
              LocalDateTime.now(clock));
      em.persist(receipt);
      em.flush();
      if (photo != null) {
        em.persist(new ReceiptPhoto(receipt.getId(), photo));
      }
      return receipt;
    }

    public void submit(Long receiptId, String acceptanceNumber) {
      Receipt receipt = em.find(Receipt.class, receiptId);
      Station station = station("500103510001");
      StaffAccount clerk =
          em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
              .setParameter("username", "yuzhong.clerk")
              .getSingleResult();
      LocalDate today = LocalDate.now(clock);
      em.persist(
          new Application(
              receipt,
              station,
              AcceptanceNumber.parse(acceptanceNumber),
              clerk,
              LocalDateTime.now(clock),
              new Application.Terms(
                  ApplicationType.RENEWAL_ON_EXPIRY,
                  true,
                  Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB),
                  today,
                  today.plusYears(20),
                  today.plusDays(28),
                  false,
                  null)));
      em.flush();
    }
  }
}
