package cn.cq.police.idcard.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.feeds.control.StatusReports;
import cn.cq.police.idcard.feeds.entity.StatusReport;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.mailing.control.PostalRequest;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.LongStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 邮寄送证 on a real database: the postage on the card fee's payment, the delivery stored with the
 * application, refusals that store nothing, the arrival that announces nothing for a posted card,
 * the posting that announces it with its tracking number, and the courier's report as hand-over.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class PostingsIT {

  /** 高笋塘派出所 (万州): TemporaryCardIssueIT takes its first usable receipts from index 40. */
  static final String CLERK = "wanzhou.clerk";

  static final int WANZHOU = 3;

  static final long FIRST_INDEX = 40;

  /** Past TemporaryCardIssueIT's receipts of the station. */
  static final int SKIP = 8;

  @Inject Poster poster;

  /** Opens the day and submits as ApplicationSubmissionIT does. */
  @Inject ApplicationSubmissionIT.Submitter submitter;

  @Inject Clock clock;

  @Inject FeeSchedules fees;

  private DemoReceipt usable(int n) {
    DemoDataGenerator demo = new DemoDataGenerator(20261125L, LocalDate.now(clock), 90);
    return LongStream.range(0, ReceiptEligibilityIT.DEMO_RECEIPTS)
        .filter(
            i ->
                i % 5 == WANZHOU
                    && DemoDataGenerator.stateOf(i) == DemoReceiptState.USABLE
                    && i >= FIRST_INDEX)
        .mapToObj(demo::receipt)
        .skip(SKIP + n)
        .findFirst()
        .orElseThrow();
  }

  static PostalRequest address(String name, String region) {
    return new PostalRequest(name, " 13900001234 ", region, "  百安坝街道 3 号 2-1 ", true, null);
  }

  static SubmitRequest byPost(
      DemoReceipt receipt, String feeReceipt, FeeRelief relief, PostalRequest postal) {
    return new SubmitRequest(
        receipt.receiptNumber(),
        receipt.idNumber().value(),
        UUID.randomUUID().toString(),
        ApplicationType.RENEWAL_ON_EXPIRY,
        Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB),
        null,
        PaymentMethod.WECHAT_PAY,
        feeReceipt,
        relief,
        relief == null ? null : "低保证 渝万0001",
        null,
        postal);
  }

  @Test
  void aCardMailedHomePaysPostageWithTheFeeAndIsAnnouncedWhenPostedNotWhenItArrives() {
    submitter.openDay(CLERK);
    CardReadyLog.SEEN.clear();
    DemoReceipt receipt = usable(0);
    Application application =
        submitter
            .submit(CLERK, byPost(receipt, "WZP-0001", null, address(" 李 四 ", "500101")))
            .application();
    assertTrue(application.isDeliveryByPost());

    Amount fee = poster.tariff(FeeKind.RENEWAL);
    Amount postage = poster.tariff(FeeKind.POSTAGE);
    assertEquals(Amount.ofFen(1500), postage, "V30's tariff");
    Payment payment = poster.payment(application.getId());
    assertEquals(fee.plus(postage), payment.getAmount(), "one charge on one receipt");
    assertEquals(postage, payment.getPostage());
    assertEquals(fee, payment.getCardFee());
    assertEquals("WZP-0001", payment.getFeeReceiptNumber());
    PostalDelivery delivery = poster.delivery(application.getId());
    assertEquals("李 四", delivery.getRecipientName(), "trimmed, inner space kept");
    assertEquals("13900001234", delivery.getRecipientPhone());
    assertEquals("百安坝街道 3 号 2-1", delivery.getAddressDetail());
    assertEquals("500101", delivery.getRegionCode());

    // The card arrives: no announcement for a card that is to be posted, and no hand-over.
    poster.arrive(application.getId());
    assertEquals(List.of(), List.copyOf(CardReadyLog.SEEN));
    assertEquals(
        SubmissionRefused.Problem.TRACKING_NUMBER_INVALID,
        refusal(() -> poster.post(CLERK, application.getId(), "12")));

    Application posted = poster.post(CLERK, application.getId(), " ek 1234-5678 9cn ");
    assertEquals(ApplicationStatus.MAILED, posted.getStatus());
    assertEquals(1, CardReadyLog.SEEN.size());
    assertEquals("EK123456789CN", CardReadyLog.SEEN.peek().trackingNumber());
    assertEquals(
        SubmissionRefused.Problem.NOT_READY_FOR_POST,
        refusal(() -> poster.post(CLERK, application.getId(), "EK000000001CN")),
        "posted once");

    assertEquals(Postings.Outcome.UNKNOWN, poster.delivered("XX0000000000"));
    assertEquals(Postings.Outcome.APPLIED, poster.delivered("EK123456789CN"));
    assertEquals(Postings.Outcome.REPEATED, poster.delivered("EK123456789CN"));
    Application delivered = poster.application(application.getId());
    assertEquals(ApplicationStatus.DELIVERED, delivered.getStatus());
    assertNotNull(delivered.getCollectedAt(), "the delivery is the hand-over record");
    assertEquals(Boolean.TRUE, delivered.getOldCardSurrendered(), "as recorded at the counter");
    assertNotNull(poster.delivery(application.getId()).getDeliveredAt());
  }

  @Test
  void badPostalDetailsAndAWaivedFeeWithPostageStoreNothing() {
    submitter.openDay(CLERK);
    DemoReceipt receipt = usable(1);
    assertEquals(
        SubmissionRefused.Problem.POSTAL_RECIPIENT_MISSING,
        refusal(
            () ->
                submitter.submit(
                    CLERK, byPost(receipt, "WZP-0002", null, address("张\n三", "500101")))));
    assertEquals(
        SubmissionRefused.Problem.POSTAL_REGION_INVALID,
        refusal(
            () ->
                submitter.submit(
                    CLERK, byPost(receipt, "WZP-0002", null, address("张三", "500222")))),
        "a historic code is no address");
    assertEquals(
        SubmissionRefused.Problem.POSTAL_OLD_CARD_NOTE_MISSING,
        refusal(
            () ->
                submitter.submit(
                    CLERK,
                    byPost(
                        receipt,
                        "WZP-0002",
                        null,
                        new PostalRequest("张三", "023-87654321", "500101", "路 1 号", false, " ")))));
    assertEquals(
        SubmissionRefused.Problem.POSTAGE_WITH_WAIVER,
        refusal(
            () ->
                submitter.submit(
                    CLERK,
                    byPost(
                        receipt,
                        null,
                        FeeRelief.MINIMUM_LIVING_ALLOWANCE,
                        address("张三", "500101")))));
    assertNull(poster.applicationIdOf(receipt), "nothing stored");
  }

  private static SubmissionRefused.Problem refusal(Runnable action) {
    try {
      action.run();
    } catch (SubmissionRefused refused) {
      return refused.problem();
    }
    throw new AssertionError("not refused");
  }

  /** Every CardReady the application fired, in order. */
  @Dependent
  public static class CardReadyLog {

    static final ConcurrentLinkedQueue<CardReady> SEEN = new ConcurrentLinkedQueue<>();

    void seen(@Observes CardReady ready) {
      SEEN.add(ready);
    }
  }

  /** The counter's and the feeds' steps, each in a transaction of its own. */
  @Dependent
  public static class Poster {

    @PersistenceContext EntityManager em;

    @Inject Postings postings;

    @Inject StatusReports reports;

    @Inject FeeSchedules fees;

    @Inject Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Amount tariff(FeeKind kind) {
      return fees.current().amount(kind, LocalDate.now(clock));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Payment payment(Long applicationId) {
      return em.createNamedQuery(Payment.FOR_APPLICATION, Payment.class)
          .setParameter("applicationId", applicationId)
          .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PostalDelivery delivery(Long applicationId) {
      return postings.deliveryOf(applicationId).orElseThrow();
    }

    /** Production as the centre reports it, whatever the station's approval rule. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void arrive(Long applicationId) {
      Application application = em.find(Application.class, applicationId);
      application.moveTo(
          ApplicationStatus.PRODUCED, null, java.time.LocalDateTime.now(clock), null);
      em.flush();
      reports.apply(application.getAcceptanceNumber(), StatusReport.Kind.DISPATCHED, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Application post(String username, Long applicationId, String trackingNumber) {
      return postings.post(clerk(username), applicationId, trackingNumber);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Postings.Outcome delivered(String trackingNumber) {
      return postings.delivered(trackingNumber);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Application application(Long applicationId) {
      return em.find(Application.class, applicationId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Long applicationIdOf(DemoReceipt receipt) {
      return em.createQuery(
              "select a.id from Application a where a.citizenIdNumber = :id", Long.class)
          .setParameter("id", receipt.idNumber())
          .getResultStream()
          .findFirst()
          .orElse(null);
    }

    StaffAccount clerk(String username) {
      return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
          .setParameter("username", username)
          .getSingleResult();
    }
  }
}
