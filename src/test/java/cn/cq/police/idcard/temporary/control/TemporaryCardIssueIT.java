package cn.cq.police.idcard.temporary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.control.AcceptanceNumbers;
import cn.cq.police.idcard.applications.control.ApplicationSubmission;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.control.DaySummary;
import cn.cq.police.idcard.review.control.ReviewFixture;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.temporary.entity.TemporaryCard;
import cn.cq.police.idcard.temporary.entity.TemporaryCardReason;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issuing temporary cards on a real database: for an application in progress and on its own,
 * exactly once on a retry, one valid card per person, refusals (a closed day included) that store
 * nothing, the fee in the day's takings under its kind, and the audit rows without an ID number.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class TemporaryCardIssueIT {

  /** 高笋塘派出所 (万州): no other Arquillian test writes there. */
  static final String CLERK = "wanzhou.clerk";

  static final String SUPERVISOR = "wanzhou.supervisor";

  static final String ADMIN = "wanzhou.admin";

  static final int WANZHOU = 3;

  /** As many demo receipts as the suite's deployment loads (ReceiptEligibilityIT.DEMO_RECEIPTS). */
  static final int DEMO_RECEIPTS = 200;

  /** Receipts from this index on are left alone by ReceiptEligibilityIT, which shares the DB. */
  static final long FIRST_INDEX = 40;

  static final String CARDS = "select count(t) from TemporaryCard t";

  static final String PAYMENTS =
      "select count(p) from Payment p where p.temporaryCardId is not null";

  @Inject Issuer issuer;

  @Inject ReviewFixture fixture;

  @Inject Clock clock;

  @Inject FeeSchedules fees;

  private DemoReceipt receipt(DemoReceiptState state, int n) {
    long from = state == DemoReceiptState.USABLE ? FIRST_INDEX : 0;
    DemoDataGenerator demo = new DemoDataGenerator(20261125L, LocalDate.now(clock), 90);
    return LongStream.range(0, DEMO_RECEIPTS)
        .filter(i -> i % 5 == WANZHOU && DemoDataGenerator.stateOf(i) == state && i >= from)
        .mapToObj(demo::receipt)
        .skip(n)
        .findFirst()
        .orElseThrow();
  }

  static TemporaryCardRequest request(
      DemoReceipt receipt, TemporaryCardReason reason, String note, String feeReceipt) {
    return new TemporaryCardRequest(
        receipt.receiptNumber(),
        receipt.idNumber().value(),
        UUID.randomUUID().toString(),
        reason,
        note,
        PaymentMethod.CASH,
        feeReceipt,
        true);
  }

  @Test
  void aCardBridgesTheApplicationInProgressAndARetryIssuesNoSecond() {
    issuer.openDay();
    DemoReceipt receipt = receipt(DemoReceiptState.USABLE, 0);
    Application application = issuer.submitApplication(receipt);
    long cardsBefore = issuer.count(CARDS);

    TemporaryCardRequest request =
        request(receipt, TemporaryCardReason.WAITING_FOR_CARD, null, "WZLS-0001");
    TemporaryCardIssue.Issued first = issuer.issue(request);
    TemporaryCardIssue.Issued retry = issuer.issue(request);

    TemporaryCard card = first.card();
    assertFalse(first.repeated());
    assertTrue(retry.repeated());
    assertEquals(card.getId(), retry.card().getId());
    assertEquals(cardsBefore + 1, issuer.count(CARDS));
    assertEquals(application.getId(), card.getApplicationId(), "the card bridges the application");
    LocalDate today = LocalDate.now(clock);
    assertEquals(TemporaryCardValidity.issuedOn(today).until(), card.getValidUntil());
    assertEquals(today, card.getValidFrom());
    assertTrue(card.isHandedOver(), "the applicant signed and took it at once");
    assertEquals("500101510001", card.getCardNumber().stationCode());

    Payment payment = issuer.paymentOf(card.getId());
    assertEquals(FeeKind.TEMPORARY, payment.getKind());
    assertEquals(fees.current().amount(FeeKind.TEMPORARY, today), payment.getAmount());
    assertEquals("WZLS-0001", payment.getFeeReceiptNumber());
    assertNull(payment.getApplicationId());

    List<AuditEntry> audit = issuer.audit(card.getId());
    assertEquals(
        List.of("temporaryCard.issued", "temporaryCard.handedOver"),
        audit.stream().map(AuditEntry::getAction).toList());
    assertTrue(audit.get(0).getAfter().contains("cardNumber=" + card.getCardNumber()));
    assertTrue(
        audit.get(0).getAfter().contains("application=" + application.getAcceptanceNumber()));
    for (AuditEntry entry : audit) {
      assertFalse(
          String.valueOf(entry.getAfter()).contains(receipt.idNumber().value()),
          "no unmasked ID number in the trail");
    }
    assertEquals(1, issuer.paymentAudits(payment.getId()));

    // The day's takings hold the 10 yuan under its kind (other tests of this class issue cards at
    // the same station today: whole multiples of the fee).
    DaySummary day = fixture.summary(SUPERVISOR, today);
    long fee = payment.getAmount().fen();
    assertTrue(
        day.byKind().stream()
            .anyMatch(
                k ->
                    k.kind() == FeeKind.TEMPORARY
                        && k.amount().fen() >= fee
                        && k.amount().fen() % fee == 0),
        day.asText());

    // One valid card per person: a new request, a new token, refused.
    assertEquals(
        "ALREADY_VALID",
        attempt(request(receipt, TemporaryCardReason.URGENT_USE, null, "WZLS-0002")));
    assertEquals(cardsBefore + 1, issuer.count(CARDS));
  }

  @Test
  void refusalsStoreNothingAndACardMayBeIssuedOnItsOwn() {
    issuer.openDay();
    DemoReceipt receipt = receipt(DemoReceiptState.USABLE, 1);
    long cards = issuer.count(CARDS);
    long payments = issuer.count(PAYMENTS);
    DemoReceipt expired = receipt(DemoReceiptState.EXPIRED, 0);
    DemoReceipt someoneElse = receipt(DemoReceiptState.USABLE, 2);
    Map<String, TemporaryCardRequest> refused = new TreeMap<>();
    refused.put(
        "FEE_RECEIPT_MISSING", request(receipt, TemporaryCardReason.URGENT_USE, null, null));
    refused.put(
        "FEE_RECEIPT_INVALID", request(receipt, TemporaryCardReason.URGENT_USE, null, "收费#1"));
    refused.put("REASON_MISSING", request(receipt, null, null, "WZLS-0101"));
    refused.put(
        "REASON_NOTE_MISSING", request(receipt, TemporaryCardReason.OTHER, " ", "WZLS-0102"));
    refused.put(
        "RECEIPT_NOT_USABLE", request(expired, TemporaryCardReason.URGENT_USE, null, "WZLS-0103"));
    refused.forEach((problem, request) -> assertEquals(problem, attempt(request), problem));
    TemporaryCardRequest mismatched =
        new TemporaryCardRequest(
            receipt.receiptNumber(),
            someoneElse.idNumber().value(),
            UUID.randomUUID().toString(),
            TemporaryCardReason.URGENT_USE,
            null,
            PaymentMethod.CASH,
            "WZLS-0104",
            true);
    assertEquals("RECEIPT_NOT_USABLE", attempt(mismatched));
    assertEquals(cards, issuer.count(CARDS));
    assertEquals(payments, issuer.count(PAYMENTS));

    TemporaryCardIssue.Issued alone =
        issuer.issue(
            new TemporaryCardRequest(
                receipt.receiptNumber(),
                receipt.idNumber().value(),
                UUID.randomUUID().toString(),
                TemporaryCardReason.OTHER,
                " 参加<考试> ",
                PaymentMethod.WECHAT_PAY,
                "wzls-0105",
                false));
    assertNull(alone.card().getApplicationId(), "no application in progress");
    assertEquals("参加<考试>", alone.card().getReasonNote());
    assertFalse(alone.card().isHandedOver());
    assertEquals("WZLS-0105", alone.payment().getFeeReceiptNumber());
    assertEquals("RECEIPT_UNCHANGED", issuer.receiptStatus(receipt));
    assertEquals(
        "FEE_RECEIPT_TAKEN",
        attempt(request(someoneElse, TemporaryCardReason.URGENT_USE, null, "WZLS-0105")));

    // Hand-over later, from tracking: once.
    assertTrue(issuer.handOver(alone.card().getId()).isHandedOver());
    assertEquals("ALREADY_HANDED_OVER", handOver(alone.card().getId()));
  }

  @Test
  void aClosedDayIssuesNoCard() {
    issuer.openDay();
    LocalDate today = LocalDate.now(clock);
    DemoReceipt receipt = receipt(DemoReceiptState.USABLE, 3);
    long cards = issuer.count(CARDS);
    Set<Long> undecided =
        fixture.summary(SUPERVISOR, today).undecided().stream()
            .map(DaySummary.Undecided::applicationId)
            .collect(Collectors.toSet());
    fixture.close(SUPERVISOR, today, undecided);
    try {
      assertEquals(
          "DAY_CLOSED",
          attempt(request(receipt, TemporaryCardReason.URGENT_USE, null, "WZLS-0201")));
      assertEquals(cards, issuer.count(CARDS));
    } finally {
      fixture.reopen(ADMIN, SUPERVISOR, today);
    }
  }

  private String attempt(TemporaryCardRequest request) {
    try {
      return issuer.issue(request).repeated() ? "REPEATED" : "CREATED";
    } catch (RuntimeException failed) {
      return problemOf(failed);
    }
  }

  private String handOver(Long cardId) {
    try {
      issuer.handOver(cardId);
      return "HANDED_OVER";
    } catch (RuntimeException failed) {
      return problemOf(failed);
    }
  }

  private static String problemOf(RuntimeException failed) {
    Throwable cause = failed;
    while (cause.getCause() != null && !(cause instanceof TemporaryCardRefused)) {
      cause = cause.getCause();
    }
    return cause instanceof TemporaryCardRefused refused
        ? refused.problem().name()
        : "FAILED:" + cause.getClass().getSimpleName() + " at " + cause.getStackTrace()[0];
  }

  /** Each call in a transaction of its own, as each clerk's request would be. */
  @Dependent
  public static class Issuer {

    @PersistenceContext EntityManager em;

    @Inject TemporaryCardIssue issue;

    @Inject ApplicationSubmission submission;

    @Inject AcceptanceNumbers acceptanceNumbers;

    @Inject AuditTrail audit;

    @Inject Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void openDay() {
      LocalDate today = LocalDate.now(clock);
      if (!acceptanceNumbers.dayIsOpen(clerk().getStation(), today)) {
        acceptanceNumbers.openDay(clerk().getStation(), today);
      }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Application submitApplication(DemoReceipt receipt) {
      return submission
          .submit(
              clerk(),
              new SubmitRequest(
                  receipt.receiptNumber(),
                  receipt.idNumber().value(),
                  UUID.randomUUID().toString(),
                  ApplicationType.LOST,
                  Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB),
                  null,
                  PaymentMethod.CASH,
                  "WZ-APP-0001",
                  null,
                  null))
          .application();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TemporaryCardIssue.Issued issue(TemporaryCardRequest request) {
      return issue.issue(clerk(), request);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TemporaryCard handOver(Long cardId) {
      return issue.handOver(clerk(), cardId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count(String jpql) {
      return em.createQuery(jpql, Long.class).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Payment paymentOf(Long cardId) {
      return em.createNamedQuery(Payment.FOR_TEMPORARY_CARD, Payment.class)
          .setParameter("temporaryCardId", cardId)
          .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AuditEntry> audit(Long cardId) {
      return audit.ofSubject(TemporaryCard.AUDIT_SUBJECT, cardId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long paymentAudits(Long paymentId) {
      return audit.ofSubject("payment", paymentId).stream()
          .filter(entry -> entry.getAction().equals("payment.recorded"))
          .count();
    }

    /** A temporary card leaves its receipt as it was: it does not use it up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String receiptStatus(DemoReceipt receipt) {
      Object status =
          em.createNativeQuery("select status from receipt where receipt_number = ?1")
              .setParameter(1, receipt.receiptNumber())
              .getSingleResult();
      return "AVAILABLE".equals(String.valueOf(status)) ? "RECEIPT_UNCHANGED" : "RECEIPT_" + status;
    }

    private StaffAccount clerk() {
      return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
          .setParameter("username", CLERK)
          .getSingleResult();
    }
  }
}
