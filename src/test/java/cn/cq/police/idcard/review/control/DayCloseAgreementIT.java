package cn.cq.police.idcard.review.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.forms.control.DailyReports;
import cn.cq.police.idcard.forms.control.OfficialForm;
import cn.cq.police.idcard.forms.control.OfficialTerms;
import cn.cq.police.idcard.forms.control.Pdfs;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.review.control.DaySummary.Fee;
import cn.cq.police.idcard.review.control.DaySummary.FeeReceipt;
import cn.cq.police.idcard.review.control.DaySummary.NoCharge;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The close screen, the 每日受理汇总表 and the 日结单 agree on a day with voided receipts, exemptions, free
 * applications, a fee collected after a refused exemption and a gap in the receipt numbers — and
 * agree on the right figures. The screen's figures are what the close page's facade returns ({@code
 * Review.closingSummary}: {@link DaySummaries}); the PDFs are what the forms facade renders ({@code
 * Forms.dailyReport}: {@link DailyReports}), read back as text. A second day adds the postage of
 * cards mailed home and a card posted. Both facades only add the caller's station and the audit
 * record, which need a logged-in user.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("database")
public class DayCloseAgreementIT {

  /** 小龙坎派出所 (沙坪坝): no other Arquillian test writes there. */
  static final String CLERK = "shapingba.clerk";

  static final String SUPERVISOR = "shapingba.supervisor";

  /** A past day, before any demo application. */
  static final LocalDate DAY = LocalDate.of(2026, 3, 12);

  /** Renders a daily report of a person's station as the forms facade does, in a transaction. */
  @Dependent
  public static class Printer {

    @Inject ReviewFixture fixture;

    @Inject DailyReports reports;

    @Transactional
    public String text(OfficialForm form, String username, LocalDate day) {
      StaffAccount supervisor = fixture.account(username);
      byte[] pdf = reports.render(form, supervisor.getStation(), supervisor.getDisplayName(), day);
      // The forms set 合计 with an ideographic space; one kind of space is easier to compare.
      return Pdfs.read(pdf).text().replace('\u3000', ' ');
    }
  }

  @Inject ReviewFixture fixture;

  @Inject Printer printer;

  int applications;

  /** The day seeded: each test seeds a day of its own. */
  LocalDate day = DAY;

  /** One application of the day, with the payment its clerk would have recorded. */
  long apply(ApplicationType type, ApplicationStatus status, PaymentOf payment) {
    int i = applications++;
    LocalDateTime at = day.atTime(9, 0).plusMinutes(10L * i);
    long applicationId =
        fixture.pastApplication(
            CLERK,
            "S"
                + day.format(java.time.format.DateTimeFormatter.ofPattern("MMdd"))
                + String.format("%05d", i),
            CitizenIdNumber.of(
                "500106", LocalDate.of(1990, 1, 1), 700 + day.getDayOfMonth() * 10 + i),
            AcceptanceNumber.of("SPBSEED00000", day, i + 1),
            type,
            status,
            at);
    fixture.persist(payment.of(applicationId, type, at));
    return applicationId;
  }

  interface PaymentOf {
    Payment of(long applicationId, ApplicationType type, LocalDateTime at);
  }

  long id(String username) {
    return ((Number) fixture.single("select id from staff_account where username = ?", username))
        .longValue();
  }

  long stationId() {
    return ((Number)
            fixture.single("select station_id from staff_account where username = ?", CLERK))
        .longValue();
  }

  static Amount fen(long fen) {
    return Amount.ofFen(fen);
  }

  PaymentOf paid(long fen, PaymentMethod method, String receipt) {
    return paid(fen, method, receipt, p -> {});
  }

  PaymentOf paid(long fen, PaymentMethod method, String receipt, Consumer<Payment> then) {
    long stationId = stationId();
    long clerkId = id(CLERK);
    return (applicationId, type, at) -> {
      Payment payment =
          Payment.charged(
              applicationId, stationId, type.feeKind(), fen(fen), method, receipt, clerkId, at);
      then.accept(payment);
      return payment;
    };
  }

  PaymentOf free() {
    return paid(0, null, null);
  }

  PaymentOf exempted(Consumer<Payment> then) {
    long stationId = stationId();
    long clerkId = id(CLERK);
    return (applicationId, type, at) -> {
      Payment payment =
          Payment.exempted(
              applicationId,
              stationId,
              type.feeKind(),
              FeeRelief.MINIMUM_LIVING_ALLOWANCE,
              "低保证 渝沙0312",
              clerkId,
              at);
      then.accept(payment);
      return payment;
    };
  }

  void seedTheDay() {
    long supervisorId = id(SUPERVISOR);
    Consumer<Payment> voided = p -> p.voidBy(supervisorId, DAY.atTime(16, 30), "票据打印错误");
    ApplicationType first = ApplicationType.FIRST_APPLICATION;
    ApplicationType renewal = ApplicationType.RENEWAL_ON_EXPIRY;
    ApplicationType lost = ApplicationType.LOST;
    ApplicationStatus submitted = ApplicationStatus.SUBMITTED;
    apply(first, submitted, free());
    apply(first, ApplicationStatus.RETURNED, free());
    apply(renewal, submitted, paid(2000, PaymentMethod.CASH, "SPB-0001"));
    apply(renewal, submitted, paid(2000, PaymentMethod.WECHAT_PAY, "SPB-0002"));
    apply(lost, submitted, paid(4000, PaymentMethod.CASH, "SPB-0003", voided));
    apply(ApplicationType.DAMAGED, submitted, paid(4000, PaymentMethod.ALIPAY, "SPB-0004"));
    // SPB-0005 was never issued.
    apply(lost, submitted, paid(4000, PaymentMethod.CASH, "SPB-0006"));
    apply(renewal, submitted, exempted(p -> p.decideExemption(true)));
    apply(ApplicationType.DATA_CHANGE, submitted, exempted(p -> p.decideExemption(true)));
    apply(
        lost, ApplicationStatus.CANCELLED, paid(4000, PaymentMethod.BANK_CARD, "SPB-0007", voided));
    apply(
        renewal,
        submitted,
        exempted(
            p -> {
              p.decideExemption(false);
              p.collectOwedFee(fen(2000), PaymentMethod.WECHAT_PAY, "SPB-0008");
            }));
  }

  @Test
  void theCloseScreenAndBothDailyPdfsShowTheSameFigures() {
    seedTheDay();

    DaySummary screen = fixture.summary(SUPERVISOR, DAY);
    String summaryPdf = printer.text(OfficialForm.DAILY_SUMMARY, SUPERVISOR, DAY);
    String closePdf = printer.text(OfficialForm.DAILY_CLOSE, SUPERVISOR, DAY);

    // What the screen shows is what the day was.
    assertAll(
        "screen",
        () -> assertEquals(11, screen.applicationCount()),
        () -> assertEquals(fen(14000), screen.total(), "voided receipts take nothing"),
        () -> assertEquals(9, screen.paymentCount(), "free and exempted are counted"),
        () ->
            assertEquals(
                new Fee(PaymentMethod.CASH, null, 2, fen(6000)), screen.fee(PaymentMethod.CASH)),
        () ->
            assertEquals(
                new Fee(PaymentMethod.WECHAT_PAY, null, 2, fen(4000)),
                screen.fee(PaymentMethod.WECHAT_PAY),
                "a fee collected after a refused exemption counts under its method"),
        () ->
            assertEquals(
                new Fee(PaymentMethod.ALIPAY, null, 1, fen(4000)),
                screen.fee(PaymentMethod.ALIPAY)),
        () ->
            assertEquals(
                0, screen.fee(PaymentMethod.BANK_CARD).count(), "its only receipt was voided"),
        () ->
            assertEquals(
                new Fee(null, NoCharge.EXEMPTED, 2, Amount.ZERO), screen.fee(NoCharge.EXEMPTED)),
        () -> assertEquals(new Fee(null, NoCharge.FREE, 2, Amount.ZERO), screen.fee(NoCharge.FREE)),
        () ->
            assertEquals(
                List.of(
                    new FeeReceipt("SPB-0003", fen(4000), true),
                    new FeeReceipt("SPB-0007", fen(4000), true)),
                screen.voidedReceipts()),
        () -> assertEquals(fen(8000), screen.voidedAmount()),
        () -> assertEquals(7, screen.receipts().size(), "voided ones included"),
        () ->
            assertEquals(
                List.of(
                    new FeeReceiptReconciliation.Series(
                        "SPB-", "SPB-0001", "SPB-0008", 1, List.of("SPB-0005"))),
                screen.receiptSeries()));

    // Both PDFs print the screen's lines, in words, and its totals.
    for (String pdf : List.of(summaryPdf, closePdf)) {
      List<String> lines = pdf.lines().map(String::strip).toList();
      List<String> expected = new ArrayList<>();
      screen.byType().forEach(c -> expected.add(OfficialTerms.ofType(c.key()) + " " + c.count()));
      screen
          .byStatus()
          .forEach(c -> expected.add(OfficialTerms.ofStatus(c.key()) + " " + c.count()));
      screen
          .fees()
          .forEach(
              f ->
                  expected.add(
                      OfficialTerms.of(f.line()) + " " + f.count() + " " + f.amount().yuan()));
      expected.add("合 计 " + screen.paymentCount() + " " + screen.total().yuan());
      expected.add("另有作废收费凭证 2 张（SPB-0003、SPB-0007），计 80.00 元，不计入合计。");
      assertAll(
          "pdf",
          expected.stream()
              .map(line -> () -> assertTrue(lines.contains(line), line + " missing in\n" + pdf)));
      // And they are the right words and figures.
      assertAll(
          "pdf figures",
          () -> assertTrue(lines.contains("现金 2 60.00"), pdf),
          () -> assertTrue(lines.contains("微信支付 2 40.00"), pdf),
          () -> assertTrue(lines.contains("支付宝 1 40.00"), pdf),
          () -> assertTrue(lines.contains("免收（已批准） 2 0.00"), pdf),
          () -> assertTrue(lines.contains("无需收费 2 0.00"), pdf),
          () -> assertTrue(lines.contains("合 计 9 140.00"), pdf),
          () -> assertTrue(lines.contains("退回修改 1"), pdf),
          () -> assertTrue(lines.stream().noneMatch(l -> l.startsWith("银行卡")), pdf));
    }

    // The 日结单 lists every receipt the screen has, voided ones marked, and the gap.
    List<String> receiptLines =
        closePdf.lines().map(String::strip).filter(l -> l.matches("\\d+ SPB-\\d{4} .*")).toList();
    List<FeeReceipt> receipts = screen.receipts();
    assertEquals(
        IntStream.range(0, receipts.size())
            .mapToObj(
                i ->
                    (i + 1)
                        + " "
                        + receipts.get(i).number()
                        + " "
                        + receipts.get(i).amount().yuan()
                        + (receipts.get(i).voided() ? " 作废" : ""))
            .toList(),
        receiptLines,
        closePdf);
    assertEquals(
        List.of("3 SPB-0003 40.00 作废", "6 SPB-0007 40.00 作废"),
        receiptLines.stream().filter(l -> l.contains("作废")).toList());
    assertTrue(closePdf.contains("共 7 张，其中作废 2 张"), closePdf);
    assertTrue(closePdf.contains("SPB-0001 至 SPB-0008 缺号：SPB-0005"), closePdf);
  }

  /** 邮寄送证 on a day of its own: postage on the card fee's receipt, and a card posted. */
  static final LocalDate POSTAL_DAY = LocalDate.of(2026, 3, 13);

  @Test
  void postageIsInTheTakingsOnceAndCountedByItselfWithTheCardsPosted() {
    day = POSTAL_DAY;
    long clerkId = id(CLERK);
    ApplicationType renewal = ApplicationType.RENEWAL_ON_EXPIRY;
    ApplicationType first = ApplicationType.FIRST_APPLICATION;
    apply(renewal, ApplicationStatus.SUBMITTED, paid(2000, PaymentMethod.CASH, "SPM-0001"));
    // Renewal posted home: 20 + 15 yuan on one receipt.
    apply(
        renewal,
        ApplicationStatus.SUBMITTED,
        paid(
            2000,
            PaymentMethod.CASH,
            "SPM-0002",
            p -> p.addPostage(fen(1500), PaymentMethod.CASH, "SPM-0002")));
    // A free first application posted home: the postage is the whole charge.
    long posted =
        apply(
            first,
            ApplicationStatus.MAILED,
            paid(0, null, null, p -> p.addPostage(fen(1500), PaymentMethod.ALIPAY, "SPM-0003")));
    PostalDelivery delivery =
        new PostalDelivery(
            posted,
            stationId(),
            new PostalDelivery.Address("刘小芳", "13900001234", "500105", "观音桥步行街8号"),
            true,
            null);
    delivery.post("EK000000313CN", clerkId, POSTAL_DAY.atTime(15, 0));
    fixture.persist(delivery);

    DaySummary screen = fixture.summary(SUPERVISOR, POSTAL_DAY);
    assertAll(
        "screen",
        () -> assertEquals(fen(2000 + 3500 + 1500), screen.total()),
        () ->
            assertEquals(
                new Fee(PaymentMethod.CASH, null, 2, fen(5500)), screen.fee(PaymentMethod.CASH)),
        () ->
            assertEquals(
                new Fee(PaymentMethod.ALIPAY, null, 1, fen(1500)),
                screen.fee(PaymentMethod.ALIPAY),
                "a free card's postage is paid, not free"),
        () ->
            assertTrue(
                screen.byKind().contains(new DaySummary.KindTotal(FeeKind.POSTAGE, 2, fen(3000))),
                screen.byKind().toString()),
        () ->
            assertTrue(
                screen.byKind().contains(new DaySummary.KindTotal(FeeKind.RENEWAL, 2, fen(4000))),
                screen.byKind().toString()),
        () ->
            assertEquals(
                screen.total(),
                screen.byKind().stream()
                    .map(DaySummary.KindTotal::amount)
                    .reduce(Amount.ZERO, Amount::plus),
                "the kinds add up to the takings"),
        () -> assertEquals(1, screen.cardsPosted()),
        () ->
            assertEquals(
                List.of(
                    new FeeReceipt("SPM-0001", fen(2000), false),
                    new FeeReceipt("SPM-0002", fen(3500), false),
                    new FeeReceipt("SPM-0003", fen(1500), false)),
                screen.receipts()));

    for (OfficialForm form : List.of(OfficialForm.DAILY_SUMMARY, OfficialForm.DAILY_CLOSE)) {
      String pdf = printer.text(form, SUPERVISOR, POSTAL_DAY);
      List<String> lines = pdf.lines().map(String::strip).toList();
      List<String> expected = new ArrayList<>();
      screen
          .byKind()
          .forEach(
              k ->
                  expected.add(
                      OfficialTerms.of(k.kind()) + " " + k.count() + " " + k.amount().yuan()));
      expected.add("合 计 " + screen.paymentCount() + " " + screen.total().yuan());
      expected.add("当日寄出证件（邮寄送证） " + screen.cardsPosted());
      expected.add("邮寄送证邮费 2 30.00");
      expected.add("已邮寄 1");
      assertAll(
          form.name(),
          expected.stream()
              .map(line -> () -> assertTrue(lines.contains(line), line + " missing in\n" + pdf)));
    }
  }
}
