package cn.cq.police.idcard.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.control.Correction;
import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationStatusChange;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.demo.control.DemoDataGenerator;
import cn.cq.police.idcard.demo.control.DemoDataWriter;
import cn.cq.police.idcard.demo.control.DemoReceipt;
import cn.cq.police.idcard.demo.control.DemoReceiptState;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.ExemptionStatus;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.review.control.DecisionRefused.Problem;
import cn.cq.police.idcard.review.entity.CorrectionField;
import cn.cq.police.idcard.review.entity.Decision;
import cn.cq.police.idcard.security.control.OneTimePasswords;
import cn.cq.police.idcard.security.control.Reauthentication;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervisor's rules on a real database: what needs approval, no approving one's own
 * application, sign-off with the right password only, return and resubmit keeping both, a closed
 * day that nothing changes, and daily-close totals that equal the day's payments.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class SupervisorReviewIT {

  /** 古南派出所 (綦江): no other Arquillian test submits there. */
  static final int QIJIANG = 4;

  static final String CLERK = "qijiang.clerk";
  static final String SUPERVISOR = "qijiang.supervisor";

  /** Each test takes its own receipts. */
  static final AtomicInteger NEXT_RECEIPT = new AtomicInteger();

  @Inject ReviewFixture fixture;

  @Inject Clock clock;

  @Inject FeeSchedules feeSchedules;

  DemoReceipt nextUsable() {
    DemoDataGenerator demo = new DemoDataGenerator(20261125L, LocalDate.now(clock), 90);
    Iterator<DemoReceipt> usable =
        LongStream.range(0, 200)
            .filter(
                i -> i % 5 == QIJIANG && DemoDataGenerator.stateOf(i) == DemoReceiptState.USABLE)
            .mapToObj(demo::receipt)
            .skip(NEXT_RECEIPT.getAndIncrement())
            .iterator();
    return usable.next();
  }

  Application submit(String by, Fingerprints fingerprints) {
    DemoReceipt receipt = nextUsable();
    return fixture.submit(
        by,
        new SubmitRequest(
            receipt.receiptNumber(),
            receipt.idNumber().value(),
            UUID.randomUUID().toString(),
            ApplicationType.LOST,
            fingerprints,
            null,
            PaymentMethod.CASH,
            "QJ-" + UUID.randomUUID().toString().substring(0, 8),
            null,
            null));
  }

  static Fingerprints registered() {
    return Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB);
  }

  static Fingerprints exception() {
    return Fingerprints.notRegistered(FingerprintException.INJURY);
  }

  Problem refusal(
      String by,
      Long applicationId,
      java.util.function.BiConsumer<cn.cq.police.idcard.stations.entity.StaffAccount, Application>
          how) {
    return assertThrows(DecisionRefused.class, () -> fixture.decide(by, applicationId, how))
        .problem();
  }

  @Test
  void fingerprintExceptionsNeedApprovalAndAStationSettingCanRequireItForAll() {
    assertEquals(ApplicationStatus.SUBMITTED, submit(CLERK, registered()).getStatus());
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, submit(CLERK, exception()).getStatus());
    fixture.requireApprovalForAll(CLERK, true);
    try {
      assertEquals(ApplicationStatus.AWAITING_APPROVAL, submit(CLERK, registered()).getStatus());
    } finally {
      fixture.requireApprovalForAll(CLERK, false);
    }
  }

  @Test
  void aFeeWhoseExemptionWasRefusedIsCollectedOnResubmissionBeforeApproval() {
    DemoReceipt receipt = nextUsable();
    Long id =
        fixture
            .submit(
                CLERK,
                new SubmitRequest(
                    receipt.receiptNumber(),
                    receipt.idNumber().value(),
                    UUID.randomUUID().toString(),
                    ApplicationType.RENEWAL_ON_EXPIRY,
                    registered(),
                    null,
                    null,
                    null,
                    FeeRelief.MINIMUM_LIVING_ALLOWANCE,
                    "低保户，持低保证"))
            .getId();
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, fixture.reload(id).getStatus());
    fixture.decide(
        SUPERVISOR,
        id,
        (s, a) ->
            fixture.decisions.decideExemption(s, a, fixture.records.paymentOf(a), false, "低保证已过期"));
    assertEquals(
        Problem.FEE_NOT_COLLECTED,
        refusal(
            SUPERVISOR,
            id,
            (s, a) -> fixture.decisions.approve(s, a, fixture.records.paymentOf(a), null)));
    fixture.decide(
        SUPERVISOR,
        id,
        (s, a) -> fixture.decisions.returnForCorrection(s, a, ReturnReason.FEE, "请收取工本费"));

    String taken = fixture.payment(submit(CLERK, registered()).getId()).getFeeReceiptNumber();
    for (Object[] bad :
        List.of(
            new Object[] {Problem.FEE_METHOD_MISSING, null, "QJ-12345"},
            new Object[] {Problem.FEE_RECEIPT_MISSING, PaymentMethod.CASH, " "},
            new Object[] {Problem.FEE_RECEIPT_INVALID, PaymentMethod.CASH, "<b>1</b>"},
            new Object[] {Problem.FEE_RECEIPT_TAKEN, PaymentMethod.CASH, taken.toLowerCase()})) {
      assertEquals(
          bad[0],
          refusal(
              CLERK,
              id,
              (c, a) ->
                  fixture.decisions.resubmit(
                      c,
                      a,
                      fixture.records.paymentOf(a),
                      (PaymentMethod) bad[1],
                      (String) bad[2],
                      "已收工本费")));
    }
    assertEquals(ApplicationStatus.RETURNED, fixture.reload(id).getStatus());
    assertEquals(Amount.ZERO, fixture.payment(id).getAmount());

    String number = "qj-" + UUID.randomUUID().toString().substring(0, 8);
    fixture.decide(
        CLERK,
        id,
        (c, a) ->
            fixture.decisions.resubmit(
                c, a, fixture.records.paymentOf(a), PaymentMethod.WECHAT_PAY, number, "已收工本费"));
    Payment collected = fixture.payment(id);
    assertEquals(
        feeSchedules
            .current()
            .amount(ApplicationType.RENEWAL_ON_EXPIRY.feeKind(), LocalDate.now(clock)),
        collected.getAmount());
    assertFalse(collected.getAmount().isZero());
    assertEquals(PaymentMethod.WECHAT_PAY, collected.getMethod());
    assertEquals(number.toUpperCase(), collected.getFeeReceiptNumber());
    assertEquals(ExemptionStatus.REFUSED, collected.getExemptionStatus());
    fixture.decide(
        SUPERVISOR,
        id,
        (s, a) -> fixture.decisions.approve(s, a, fixture.records.paymentOf(a), null));
    assertEquals(ApplicationStatus.SUBMITTED, fixture.reload(id).getStatus());
  }

  /**
   * 退回修改 names the fields; the clerk changes exactly those, judged again: a lost card that was
   * really an expiry renewal gets its type, fingerprints and the new, lower fee with a new receipt.
   */
  @Test
  void aReturnNamesTheFieldsAndTheClerkCorrectsExactlyThose() {
    Long id = submit(CLERK, exception()).getId();
    String firstReceipt = fixture.payment(id).getFeeReceiptNumber();
    Set<CorrectionField> named =
        EnumSet.of(
            CorrectionField.APPLICATION_TYPE,
            CorrectionField.FINGERPRINTS,
            CorrectionField.FEE_RECEIPT);
    assertEquals(
        Problem.FIELD_NOT_RETURNED,
        refusal(
            SUPERVISOR,
            id,
            (s, a) ->
                fixture.decisions.returnForCorrection(
                    s,
                    a,
                    ReturnReason.PERSONAL_DATA,
                    EnumSet.of(CorrectionField.AGENT_PHONE),
                    "在本人到场的申请上没有受托人")));
    fixture.decide(
        SUPERVISOR,
        id,
        (s, a) ->
            fixture.decisions.returnForCorrection(
                s, a, ReturnReason.PERSONAL_DATA, named, "实为到期换领，指纹可以采集"));
    assertEquals(
        named,
        fixture.decisionsOf(id).get(fixture.decisionsOf(id).size() - 1).getCorrectionFields());

    Fingerprints registered = registered();
    String newReceipt = "QJ-C" + UUID.randomUUID().toString().substring(0, 6);
    Correction notNamed = new Correction(null, null, null, LocalDate.now(clock), null, null);
    Correction typeOnly =
        new Correction(ApplicationType.RENEWAL_ON_EXPIRY, null, null, null, null, null);
    Correction noReceipt =
        new Correction(ApplicationType.RENEWAL_ON_EXPIRY, registered, null, null, null, null);
    Correction complete =
        new Correction(
            ApplicationType.RENEWAL_ON_EXPIRY,
            registered,
            null,
            null,
            PaymentMethod.WECHAT_PAY,
            newReceipt);
    assertEquals(Problem.FIELD_NOT_RETURNED, resubmitRefusal(id, notNamed));
    assertEquals(Problem.CORRECTION_MISSING, resubmitRefusal(id, typeOnly));
    // The fee of the corrected type differs: it is charged anew, with its own fee receipt.
    SubmissionRefused feeChanged =
        assertThrows(
            SubmissionRefused.class,
            () ->
                fixture.decide(
                    CLERK,
                    id,
                    (c, a) ->
                        fixture.decisions.resubmit(
                            c, a, fixture.records.paymentOf(a), null, null, noReceipt, "已更正")));
    assertEquals(SubmissionRefused.Problem.FEE_CHANGED, feeChanged.problem());
    Application unchanged = fixture.reload(id);
    assertEquals(ApplicationStatus.RETURNED, unchanged.getStatus());
    assertEquals(ApplicationType.LOST, unchanged.getType());
    assertEquals(firstReceipt, fixture.payment(id).getFeeReceiptNumber());

    fixture.decide(
        CLERK,
        id,
        (c, a) ->
            fixture.decisions.resubmit(
                c, a, fixture.records.paymentOf(a), null, null, complete, "已按到期换领更正"));
    Application corrected = fixture.reload(id);
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, corrected.getStatus());
    assertEquals(ApplicationType.RENEWAL_ON_EXPIRY, corrected.getType());
    assertEquals(registered.getFirst(), corrected.getFingerprints().getFirst());
    Payment payment = fixture.payment(id);
    assertEquals(
        feeSchedules
            .current()
            .amount(ApplicationType.RENEWAL_ON_EXPIRY.feeKind(), LocalDate.now(clock)),
        payment.getAmount());
    assertEquals(newReceipt.toUpperCase(), payment.getFeeReceiptNumber());
    assertEquals(PaymentMethod.WECHAT_PAY, payment.getMethod());
    String before =
        (String)
            fixture.single(
                "select before_state from audit_entry where action = 'application.corrected'"
                    + " and subject_id = ?",
                String.valueOf(id));
    String after =
        (String)
            fixture.single(
                "select after_state from audit_entry where action = 'application.corrected'"
                    + " and subject_id = ?",
                String.valueOf(id));
    assertTrue(before.contains("type=LOST") && before.contains(firstReceipt), before);
    assertTrue(
        after.contains("type=RENEWAL_ON_EXPIRY") && after.contains(newReceipt.toUpperCase()),
        after);
    // The corrected application is decided like any other.
    fixture.decide(
        SUPERVISOR,
        id,
        (s, a) -> fixture.decisions.approve(s, a, fixture.records.paymentOf(a), "已更正，同意"));
    assertEquals(ApplicationStatus.SUBMITTED, fixture.reload(id).getStatus());
  }

  Problem resubmitRefusal(Long id, Correction correction) {
    return refusal(
        CLERK,
        id,
        (c, a) ->
            fixture.decisions.resubmit(
                c, a, fixture.records.paymentOf(a), null, null, correction, "已更正"));
  }

  @Test
  void aSupervisorCannotApproveTheirOwnApplicationButAnotherCan() {
    Application own = submit(SUPERVISOR, exception());
    assertEquals(
        Problem.OWN_APPLICATION,
        refusal(
            SUPERVISOR,
            own.getId(),
            (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), null)));
    assertEquals(ApplicationStatus.AWAITING_APPROVAL, fixture.reload(own.getId()).getStatus());

    Application byClerk = submit(CLERK, exception());
    fixture.decide(
        SUPERVISOR,
        byClerk.getId(),
        (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), "ok"));
    Application approved = fixture.reload(byClerk.getId());
    assertEquals(ApplicationStatus.SUBMITTED, approved.getStatus());
    assertEquals(SUPERVISOR, approved.getApprovedBy().getUsername());
    assertEquals(
        Problem.NOT_AWAITING_DECISION,
        refusal(
            SUPERVISOR,
            byClerk.getId(),
            (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), null)));
  }

  /** Rows in the production outbox for the application: written with its move to SUBMITTED. */
  long outboxRows(Application application) {
    return ((Number)
            fixture.single(
                "select count(*) from production_outbox where application_id = ?",
                application.getId()))
        .longValue();
  }

  @Test
  void onlyASubmittedApplicationEntersTheProductionOutbox() {
    Application direct = submit(CLERK, registered());
    assertEquals(1, outboxRows(direct));
    assertEquals(
        direct.getAcceptanceNumber().value(),
        fixture.single(
            "select idempotency_key from production_outbox where application_id = ?",
            direct.getId()));

    Application approved = submit(CLERK, exception());
    assertEquals(0, outboxRows(approved));
    refusal(
        CLERK, approved.getId(), (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), null));
    assertEquals(0, outboxRows(approved), "a refused approval writes nothing");
    fixture.decide(
        SUPERVISOR,
        approved.getId(),
        (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), null));
    assertEquals(1, outboxRows(approved));

    Application returned = submit(CLERK, exception());
    fixture.decide(
        SUPERVISOR,
        returned.getId(),
        (s, a) ->
            fixture.decisions.returnForCorrection(s, a, ReturnReason.PERSONAL_DATA, "check name"));
    fixture.decide(
        CLERK,
        returned.getId(),
        (s, a) ->
            fixture.decisions.resubmit(
                s, a, fixture.records.paymentOf(a), null, null, "corrected"));
    Application flagged = submit(CLERK, exception());
    fixture.decide(
        SUPERVISOR, flagged.getId(), (s, a) -> fixture.decisions.flag(s, a, "suspicious"));
    assertEquals(0, outboxRows(returned));
    assertEquals(0, outboxRows(flagged));
  }

  @Test
  void aSignOffNeedsTheSignersOwnCurrentPasswordAndAnUnusedCode() {
    String code =
        OneTimePasswords.codeAt(
            OneTimePasswords.fromBase32(DemoDataWriter.DEMO_TOTP_SECRET), java.time.Instant.now());
    assertEquals(
        Reauthentication.Outcome.WRONG_PASSWORD,
        fixture.reauthenticate(SUPERVISOR, "Demo@2027", code));
    assertEquals(
        Reauthentication.Outcome.WRONG_PASSWORD, fixture.reauthenticate(SUPERVISOR, "", code));
    assertEquals(
        Reauthentication.Outcome.WRONG_PASSWORD, fixture.reauthenticate(SUPERVISOR, null, code));
    assertEquals(
        Reauthentication.Outcome.WRONG_PASSWORD,
        fixture.reauthenticate("no.such.supervisor", "Demo@2026", code));
    assertEquals(
        Reauthentication.Outcome.SECOND_FACTOR_MISSING,
        fixture.reauthenticate(SUPERVISOR, "Demo@2026", " "));
    assertEquals(
        Reauthentication.Outcome.SECOND_FACTOR_WRONG,
        fixture.reauthenticate(SUPERVISOR, "Demo@2026", "12345x"));
    assertEquals(
        Reauthentication.Outcome.CONFIRMED, fixture.reauthenticate(SUPERVISOR, "Demo@2026", code));
    // One-time: the same code does not sign a second time.
    assertEquals(
        Reauthentication.Outcome.SECOND_FACTOR_WRONG,
        fixture.reauthenticate(SUPERVISOR, "Demo@2026", code));
  }

  @Test
  void aReturnedApplicationIsResubmittedAndTheHistoryKeepsBoth() {
    Application application = submit(CLERK, exception());
    assertEquals(
        Problem.REASON_MISSING,
        refusal(
            SUPERVISOR,
            application.getId(),
            (s, a) -> fixture.decisions.returnForCorrection(s, a, null, "x")));
    assertEquals(
        Problem.NOTE_MISSING,
        refusal(
            SUPERVISOR,
            application.getId(),
            (s, a) -> fixture.decisions.returnForCorrection(s, a, ReturnReason.FINGERPRINTS, " ")));
    fixture.decide(
        SUPERVISOR,
        application.getId(),
        (s, a) ->
            fixture.decisions.returnForCorrection(s, a, ReturnReason.FINGERPRINTS, "指纹异常原因不清"));
    assertEquals(ApplicationStatus.RETURNED, fixture.reload(application.getId()).getStatus());
    fixture.decide(
        CLERK,
        application.getId(),
        (c, a) ->
            fixture.decisions.resubmit(c, a, fixture.records.paymentOf(a), null, null, "已补充伤情说明"));
    fixture.decide(
        SUPERVISOR,
        application.getId(),
        (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), null));

    assertEquals(
        List.of(Decision.RETURNED, Decision.RESUBMITTED, Decision.APPROVED),
        fixture.decisionsOf(application.getId()).stream().map(d -> d.getDecision()).toList());
    assertEquals(
        List.of(
            ApplicationStatus.AWAITING_APPROVAL,
            ApplicationStatus.RETURNED,
            ApplicationStatus.AWAITING_APPROVAL,
            ApplicationStatus.SUBMITTED),
        fixture.reload(application.getId()).getHistory().stream()
            .map(ApplicationStatusChange::getStatus)
            .toList());
  }

  @Test
  void aClosedDayCannotChangeUntilAnAdministratorReopensIt() {
    LocalDate today = LocalDate.now(clock);
    Application undecided = submit(CLERK, exception());
    Application paid = submit(CLERK, registered());
    assertEquals(
        Problem.UNDECIDED_LEFT,
        assertThrows(DecisionRefused.class, () -> fixture.close(SUPERVISOR, today, Set.of()))
            .problem());
    Set<Long> allUndecided =
        fixture.summary(SUPERVISOR, today).undecided().stream()
            .map(DaySummary.Undecided::applicationId)
            .collect(java.util.stream.Collectors.toSet());
    assertTrue(allUndecided.contains(undecided.getId()));
    fixture.close(SUPERVISOR, today, allUndecided);
    try {
      assertEquals(
          Problem.DAY_CLOSED,
          refusal(
              SUPERVISOR,
              undecided.getId(),
              (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), null)));
      assertEquals(
          Problem.DAY_CLOSED,
          refusal(
              SUPERVISOR,
              paid.getId(),
              (s, a) -> fixture.decisions.voidPayment(s, a, fixture.records.paymentOf(a), "错收")));
      assertEquals(
          SubmissionRefused.Problem.DAY_CLOSED,
          assertThrows(SubmissionRefused.class, () -> submit(CLERK, registered())).problem());
      assertEquals(
          Problem.ALREADY_CLOSED,
          assertThrows(DecisionRefused.class, () -> fixture.close(SUPERVISOR, today, allUndecided))
              .problem());
      assertEquals(
          ApplicationStatus.AWAITING_APPROVAL, fixture.reload(undecided.getId()).getStatus());
      assertTrue(
          fixture.decisionsOf(undecided.getId()).stream()
              .anyMatch(d -> d.getDecision() == Decision.CARRIED_OVER));
    } finally {
      fixture.reopen("qijiang.admin", SUPERVISOR, today);
    }
    fixture.decide(
        SUPERVISOR,
        undecided.getId(),
        (s, a) -> fixture.decisions.approve(s, a, Optional.empty(), null));
    assertEquals(ApplicationStatus.SUBMITTED, fixture.reload(undecided.getId()).getStatus());
  }

  @Test
  void theDailyCloseTotalsEqualTheSumOfTheDaysPayments() {
    LocalDate day = LocalDate.of(2026, 3, 10);
    int skipped = seedDay(day, 300);
    DaySummary summary = fixture.summary(SUPERVISOR, day);
    long sumFromDatabase =
        ((Number)
                fixture.single(
                    "select coalesce(sum(p.amount_fen), 0) from payment p join staff_account s on s.station_id = p.station_id"
                        + " where s.username = ? and p.voided = false and p.created_at >= ? and p.created_at < ?",
                    SUPERVISOR,
                    day.atStartOfDay(),
                    day.plusDays(1).atStartOfDay()))
            .longValue();
    assertTrue(sumFromDatabase > 0);
    assertEquals(sumFromDatabase, summary.total().fen());
    assertEquals(
        sumFromDatabase, summary.fees().stream().mapToLong(fee -> fee.amount().fen()).sum());
    assertEquals(300, summary.byType().stream().mapToLong(DaySummary.Count::count).sum());
    assertEquals(30, summary.voidedReceipts().size());
    assertEquals(300, summary.receipts().size(), "voided receipts stay in the list");
    assertEquals(270, summary.paymentCount());
    FeeReceiptReconciliation.Series series = summary.receiptSeries().get(0);
    assertEquals("D0310-", series.prefix());
    // Every 50th number was never issued.
    assertEquals(skipped, series.missingCount());
    assertTrue(skipped > 0);
  }

  /**
   * Builds a past day of {@code count} applications with payments straight in the database: methods
   * in turn, every tenth voided, receipt numbers D0310-0001.. with every 50th skipped.
   */
  int seedDay(LocalDate day, int count) {
    long stationId =
        ((Number) fixture.single("select station_id from staff_account where username = ?", CLERK))
            .longValue();
    long clerkId =
        ((Number) fixture.single("select id from staff_account where username = ?", CLERK))
            .longValue();
    String[] methods = {"CASH", "BANK_CARD", "WECHAT_PAY", "ALIPAY"};
    int number = 0;
    int skipped = 0;
    for (int i = 0; i < count; i++) {
      number++;
      if (number % 50 == 0) {
        number++;
        skipped++;
      }
      LocalDateTime at = day.atTime(9, 0).plusMinutes(i);
      long applicationId =
          fixture.pastApplication(
              CLERK,
              "D0310" + String.format("%05d", i),
              CitizenIdNumber.of("500222", LocalDate.of(1990, 1, 1), i + 1),
              AcceptanceNumber.of("QJSEED000000", day, i + 1),
              ApplicationType.LOST,
              ApplicationStatus.SUBMITTED,
              at);
      fixture.execute(
          "insert into payment (application_id, station_id, fee_kind, amount_fen, method, fee_receipt_number,"
              + " voided, created_at, created_by) values (?, ?, 'LOST_OR_DAMAGED', ?, ?, ?, ?, ?, ?)",
          applicationId,
          stationId,
          1000L + (i % 7) * 500L,
          methods[i % 4],
          "D0310-" + String.format("%04d", number),
          i % 10 == 0,
          at,
          clerkId);
    }
    return skipped;
  }
}
