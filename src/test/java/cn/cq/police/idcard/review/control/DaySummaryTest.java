package cn.cq.police.idcard.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.control.DaySummary.Fee;
import cn.cq.police.idcard.review.control.DaySummary.FeeReceipt;
import cn.cq.police.idcard.review.control.DaySummary.NoCharge;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DaySummaryTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 12);
  static final LocalDateTime AT = DAY.atTime(10, 0);

  long nextApplication = 1;

  static Amount fen(long fen) {
    return Amount.ofFen(fen);
  }

  Payment paid(long fen, PaymentMethod method, String receipt) {
    return Payment.charged(
        nextApplication++, 1L, FeeKind.RENEWAL, fen(fen), method, receipt, 7L, AT.plusMinutes(1));
  }

  Payment free() {
    return Payment.charged(
        nextApplication++, 1L, FeeKind.FIRST_APPLICATION, Amount.ZERO, null, null, 7L, AT);
  }

  Payment exempted(Boolean approved) {
    Payment payment =
        Payment.exempted(
            nextApplication++,
            1L,
            FeeKind.RENEWAL,
            FeeRelief.MINIMUM_LIVING_ALLOWANCE,
            "低保证 123",
            7L,
            AT);
    if (approved != null) {
      payment.decideExemption(approved);
    }
    return payment;
  }

  Payment voided(Payment payment) {
    payment.voidBy(9L, AT.plusHours(2), "错收");
    return payment;
  }

  DaySummary summaryOf(List<Payment> payments) {
    return DaySummary.of(DAY, Map.of(), Map.of(), payments, List.of());
  }

  Payment posted(Payment payment, PaymentMethod method, String receipt) {
    payment.addPostage(fen(1500), method, receipt);
    return payment;
  }

  @Test
  void postageIsTakenOnceOnItsReceiptAndCountedAsAKindOfItsOwn() {
    DaySummary summary =
        summaryOf(
            List.of(
                posted(paid(2000, PaymentMethod.CASH, "R-0001"), PaymentMethod.CASH, "R-0001"),
                posted(free(), PaymentMethod.ALIPAY, "R-0002"),
                voided(
                    posted(
                        paid(2000, PaymentMethod.CASH, "R-0003"), PaymentMethod.CASH, "R-0003"))));

    assertEquals(fen(3500 + 1500), summary.total());
    assertEquals(new Fee(PaymentMethod.CASH, null, 1, fen(3500)), summary.fee(PaymentMethod.CASH));
    assertEquals(
        new Fee(PaymentMethod.ALIPAY, null, 1, fen(1500)),
        summary.fee(PaymentMethod.ALIPAY),
        "a free first application posted home pays its postage");
    assertEquals(
        List.of(
            new DaySummary.KindTotal(FeeKind.FIRST_APPLICATION, 1, Amount.ZERO),
            new DaySummary.KindTotal(FeeKind.RENEWAL, 1, fen(2000)),
            new DaySummary.KindTotal(FeeKind.POSTAGE, 2, fen(3000))),
        summary.byKind());
    assertEquals(
        summary.total(),
        summary.byKind().stream()
            .map(DaySummary.KindTotal::amount)
            .reduce(Amount.ZERO, Amount::plus));
    assertEquals(fen(3500), summary.voidedAmount(), "the voided receipt was for fee and postage");
  }

  @Test
  void aWaivedFeeTakesNoPostageButACollectedCardsZeroPostageIsNothing() {
    Payment waived = exempted(null);
    assertThrows(
        IllegalStateException.class, () -> waived.addPostage(fen(1500), PaymentMethod.CASH, "R-1"));
    // The submission passes every payment through addPostage: zero changes nothing.
    waived.addPostage(Amount.ZERO, null, null);
    assertEquals(Amount.ZERO, waived.getAmount());
    assertEquals(null, waived.getMethod());
  }

  @Test
  void voidedReceiptsAreListedMarkedButTakeNothing() {
    DaySummary summary =
        summaryOf(
            List.of(
                paid(2000, PaymentMethod.CASH, "R-0001"),
                voided(paid(4000, PaymentMethod.CASH, "R-0002")),
                paid(4000, PaymentMethod.CASH, "R-0003")));

    assertEquals(List.of(new Fee(PaymentMethod.CASH, null, 2, fen(6000))), summary.fees());
    assertEquals(fen(6000), summary.total());
    assertEquals(2, summary.paymentCount());
    assertEquals(
        List.of(
            new FeeReceipt("R-0001", fen(2000), false),
            new FeeReceipt("R-0002", fen(4000), true),
            new FeeReceipt("R-0003", fen(4000), false)),
        summary.receipts());
    assertEquals(List.of(new FeeReceipt("R-0002", fen(4000), true)), summary.voidedReceipts());
    assertEquals(fen(4000), summary.voidedAmount());
    // A voided number was issued: it closes the series, no gap.
    assertEquals(0, summary.receiptSeries().get(0).missingCount());
  }

  @Test
  void freeAndExemptedApplicationsAreCountedWithNothingTaken() {
    DaySummary summary =
        summaryOf(
            List.of(
                free(),
                free(),
                exempted(true),
                paid(2000, PaymentMethod.WECHAT_PAY, "R-0001"),
                exempted(null),
                exempted(false)));

    assertEquals(
        List.of(
            new Fee(PaymentMethod.WECHAT_PAY, null, 1, fen(2000)),
            new Fee(null, NoCharge.EXEMPTED, 1, Amount.ZERO),
            new Fee(null, NoCharge.EXEMPTION_PENDING, 1, Amount.ZERO),
            new Fee(null, NoCharge.FEE_OWED, 1, Amount.ZERO),
            new Fee(null, NoCharge.FREE, 2, Amount.ZERO)),
        summary.fees());
    assertEquals(fen(2000), summary.total());
    assertEquals(6, summary.paymentCount(), "every payment is in one line");
    assertEquals(List.of(new FeeReceipt("R-0001", fen(2000), false)), summary.receipts());
    assertEquals(new Fee(null, NoCharge.FREE, 2, Amount.ZERO), summary.fee(NoCharge.FREE));
    assertEquals(
        new Fee(PaymentMethod.ALIPAY, null, 0, Amount.ZERO), summary.fee(PaymentMethod.ALIPAY));
  }

  @Test
  void aFeeCollectedAfterARefusedExemptionCountsUnderItsMethod() {
    Payment refused = exempted(false);
    refused.collectOwedFee(fen(4000), PaymentMethod.ALIPAY, "R-0009");

    DaySummary summary = summaryOf(List.of(refused));

    assertEquals(List.of(new Fee(PaymentMethod.ALIPAY, null, 1, fen(4000))), summary.fees());
    assertEquals(fen(4000), summary.total());
  }

  @Test
  void linesComeInTheOrderTheyArePrinted() {
    List<Payment> payments = new ArrayList<>();
    payments.add(free());
    payments.add(paid(2000, PaymentMethod.ALIPAY, "R-0004"));
    payments.add(exempted(true));
    payments.add(paid(2000, PaymentMethod.CASH, "R-0002"));
    payments.add(paid(2000, PaymentMethod.BANK_CARD, "R-0001"));

    DaySummary summary =
        DaySummary.of(
            DAY,
            Map.of(ApplicationType.LOST, 2L, ApplicationType.FIRST_APPLICATION, 3L),
            Map.of(ApplicationStatus.CANCELLED, 1L, ApplicationStatus.AWAITING_APPROVAL, 4L),
            payments,
            List.of());

    assertEquals(
        List.of(
            PaymentMethod.CASH,
            PaymentMethod.BANK_CARD,
            PaymentMethod.ALIPAY,
            NoCharge.EXEMPTED,
            NoCharge.FREE),
        summary.fees().stream().map(Fee::line).toList());
    assertEquals(
        List.of("R-0001", "R-0002", "R-0004"),
        summary.receipts().stream().map(FeeReceipt::number).toList());
    assertEquals(
        List.of(new DaySummary.Count("FIRST_APPLICATION", 3), new DaySummary.Count("LOST", 2)),
        summary.byType());
    assertEquals(
        List.of(new DaySummary.Count("AWAITING_APPROVAL", 4), new DaySummary.Count("CANCELLED", 1)),
        summary.byStatus());
    assertEquals(5, summary.applicationCount());
    // Gap: R-0003 was never issued.
    assertEquals(
        List.of(
            new FeeReceiptReconciliation.Series("R-", "R-0001", "R-0004", 1, List.of("R-0003"))),
        summary.receiptSeries());
  }

  @Test
  void theCloseScreenListsMissingNumbersAsAPersonWritesThem() {
    assertEquals(
        "R-0002、R-0003",
        new FeeReceiptReconciliation.Series(
                "R-", "R-0001", "R-0004", 2, List.of("R-0002", "R-0003"))
            .missingListed());
    assertEquals(
        "",
        new FeeReceiptReconciliation.Series("R-", "R-0001", "R-0002", 0, List.of())
            .missingListed());
  }

  @Test
  void consecutiveMissingNumbersReadAsOneRangeAndKeepTheirLeadingZeros() {
    FeeReceiptReconciliation.Series series =
        FeeReceiptReconciliation.of(List.of("0012345", "0012349", "0012351")).get(0);

    assertEquals(4, series.missingCount());
    assertEquals(List.of("0012346\u20130012348", "0012350"), series.missingRanges());
    assertEquals("0012345", series.from());
    assertEquals(
        List.of(), FeeReceiptReconciliation.of(List.of("R-1", "R-2")).get(0).missingRanges());
  }

  @Test
  void anEmptyDayHasNoLinesAndNothingTaken() {
    DaySummary summary = summaryOf(List.of());

    assertTrue(summary.fees().isEmpty());
    assertTrue(summary.receipts().isEmpty());
    assertTrue(summary.receiptSeries().isEmpty());
    assertEquals(Amount.ZERO, summary.total());
    assertTrue(summary.asText().contains("totalFen=0"), summary.asText());
  }

  @Test
  void aFeeLineIsEitherAMethodOrAReason() {
    assertThrows(IllegalArgumentException.class, () -> new Fee(null, null, 1, Amount.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Fee(PaymentMethod.CASH, NoCharge.FREE, 1, Amount.ZERO));
  }

  /** A temporary card's 10 yuan is in the takings under its method, and under its own kind. */
  @Test
  void aTemporaryCardsFeeCountsUnderItsMethodAndItsKind() {
    Payment renewal =
        Payment.charged(1L, 1L, FeeKind.RENEWAL, fen(2000), PaymentMethod.CASH, "TK-0001", 1L, AT);
    Payment temporary =
        Payment.forTemporaryCard(9L, 1L, fen(1000), PaymentMethod.CASH, "TK-0002", 1L, AT);
    Payment voidedTemporary =
        Payment.forTemporaryCard(10L, 1L, fen(1000), PaymentMethod.ALIPAY, "TK-0003", 1L, AT);
    voidedTemporary.voidBy(2L, AT.plusHours(1), "错收");
    DaySummary summary =
        DaySummary.of(
            DAY,
            Map.of(ApplicationType.RENEWAL_ON_EXPIRY, 1L),
            Map.of(ApplicationStatus.SUBMITTED, 1L),
            List.of(renewal, temporary, voidedTemporary),
            List.of());
    assertEquals(fen(3000), summary.total());
    assertEquals(new Fee(PaymentMethod.CASH, null, 2, fen(3000)), summary.fee(PaymentMethod.CASH));
    assertEquals(
        List.of(
            new DaySummary.KindTotal(FeeKind.RENEWAL, 1, fen(2000)),
            new DaySummary.KindTotal(FeeKind.TEMPORARY, 1, fen(1000))),
        summary.byKind());
    assertEquals(1, summary.applicationCount(), "a temporary card is no application");
    assertEquals(3, summary.receipts().size(), "the voided receipt stays listed");
    assertTrue(summary.asText().contains("TEMPORARY:1/1000"), summary.asText());
  }
}
