package cn.cq.police.idcard.forms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.control.VoucherCode;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.audit.control.Anchor;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.control.DaySummary;
import cn.cq.police.idcard.security.control.CryptoSuite;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.jasperreports.engine.JREmptyDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormRendererTest {

  // One renderer for the class, as in the application: reports load once.
  private static final FormRenderer RENDERER = new FormRenderer();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Test
  void registrationFormInPersonPrintsApplicantAndStrikesTheAgentBlock() {
    Pdfs.Read pdf = Pdfs.read(RENDERER.registrationForm(SampleData.registration(null)));

    assertEquals(1, pdf.pages());
    assertContains(
        pdf.text(),
        "居民身份证申领登记表",
        SampleData.STATION,
        "受理号：" + SampleData.ACCEPTANCE_NUMBER,
        SampleData.APPLICANT,
        "1988年6月15日",
        SampleData.APPLICANT_ID,
        "重庆市渝中区解放碑街道民族路188号3单元12-3",
        "公民身份号码",
        "申请原因",
        "申请领取",
        "申请换领",
        "申请补领",
        "指纹信息",
        "登记指位：11 右手拇指、16 左手拇指",
        "有效期限",
        "2025.11.25-2045.11.25",
        "受托人姓名",
        "受理日期",
        "2025年11月25日",
        SampleData.CLERK,
        "申请人签名",
        "审 核 人",
        SampleData.SUPERVISOR,
        "签发机关",
        SampleData.ISSUING_AUTHORITY);
    assertEquals(1, occurrences(pdf.text(), "√"), "exactly one reason is ticked");
    assertFalse(pdf.text().contains(SampleData.AGENT_ID));
    assertTrue(occurrences(pdf.text(), "—") >= 5, "the agent fields are struck through");
  }

  static MailingSlipData slip(String trackingNumber) {
    return new MailingSlipData(
        SampleData.STATION,
        "重庆市渝中区民生路235号",
        SampleData.APPLICANT,
        "13900001234",
        "重庆市江北区观音桥步行街 8 号 2-1",
        SampleData.ACCEPTANCE_NUMBER,
        trackingNumber,
        SampleData.TODAY);
  }

  @Test
  void mailingSlipNamesSenderRecipientAndContentsButNoIdNumber() throws Exception {
    byte[] bytes = RENDERER.mailingSlip(slip("EK123456789CN"));
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/forms"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/forms/mailing-slip.pdf"), bytes);
    Pdfs.Read pdf = Pdfs.read(bytes);

    assertEquals(1, pdf.pages());
    assertContains(
        pdf.text(),
        "居民身份证邮寄单",
        "寄",
        SampleData.STATION,
        "重庆市渝中区民生路235号",
        "收",
        SampleData.APPLICANT,
        "13900001234",
        "重庆市江北区观音桥步行街 8 号 2-1",
        "受理号：" + SampleData.ACCEPTANCE_NUMBER,
        "快递单号：EK123456789CN",
        "居民身份证 1 张");
    assertFalse(pdf.text().contains(SampleData.APPLICANT_ID), "no ID number on a parcel");
    // Before the parcel is posted the slip leaves the tracking number to be written in.
    String blank = Pdfs.read(RENDERER.mailingSlip(slip(null))).text();
    assertFalse(blank.contains("null"), blank);
  }

  @Test
  void temporaryCardFormPrintsTheValidityTheFeeAndTheSignatureLine() {
    Pdfs.Read pdf =
        Pdfs.read(
            RENDERER.temporaryCardForm(
                new TemporaryCardFormData(
                    SampleData.STATION,
                    SampleData.ACCEPTANCE_NUMBER,
                    SampleData.APPLICANT,
                    "女",
                    "汉",
                    LocalDate.of(1988, 6, 15),
                    SampleData.APPLICANT_ID,
                    "重庆市渝中区解放碑街道民族路188号3单元12-3",
                    "OTHER",
                    "参加<b>考试</b>",
                    Amount.ofFen(1000),
                    LocalDate.of(2025, 11, 30),
                    LocalDate.of(2026, 2, 28),
                    SampleData.photo(),
                    SampleData.CLERK,
                    LocalDate.of(2025, 11, 30),
                    SampleData.ISSUING_AUTHORITY)));

    assertEquals(1, pdf.pages());
    assertContains(
        pdf.text(),
        "临时居民身份证申领登记表",
        "编号：" + SampleData.ACCEPTANCE_NUMBER,
        SampleData.STATION,
        SampleData.APPLICANT,
        "1988年6月15日",
        SampleData.APPLICANT_ID,
        "申领原因",
        "等待领证",
        "急需使用",
        "参加<b>考试</b>",
        "¥10.00（壹拾元整）",
        "2025.11.30 至 2026.02.28",
        "申请人签名",
        "签名：",
        SampleData.CLERK,
        "2025年11月30日",
        SampleData.ISSUING_AUTHORITY);
    assertEquals(1, occurrences(pdf.text(), "√"), "exactly one reason is ticked");
  }

  @Test
  void registrationFormByProxyPrintsTheAgent() {
    Pdfs.Read pdf =
        Pdfs.read(RENDERER.registrationForm(SampleData.registration(SampleData.agent())));

    assertEquals(1, pdf.pages());
    assertContains(
        pdf.text(), SampleData.AGENT, SampleData.AGENT_ID, "13896012345", "父女", "与申请人关系");
  }

  @Test
  void registrationFormPrintsFingerprintExceptionsAndLongValidity() {
    RegistrationFormData base = SampleData.registration(null);
    RegistrationFormData data =
        new RegistrationFormData(
            base.stationName(),
            base.acceptanceNumber(),
            "冉光荣",
            "男",
            "土家",
            base.birthDate(),
            "500238194511025629",
            base.address(),
            RegistrationFormData.Reason.REISSUE,
            RegistrationFormData.fingerprintsNotRegistered("手指残缺"),
            base.validFrom(),
            null,
            null,
            null,
            base.clerkName(),
            base.acceptedOn(),
            null,
            base.issuingAuthority());

    Pdfs.Read pdf = Pdfs.read(RENDERER.registrationForm(data));

    assertEquals(1, pdf.pages());
    assertContains(pdf.text(), "冉光荣", "土家", "未登记：未注册（手指残缺）", "2025.11.25-长期", "相");
  }

  @Test
  void registrationFormPrintsUncertainFingerPositionsWithCodeAndName() {
    String rightAndLeft =
        RegistrationFormData.fingerprintsRegistered(
            OfficialTerms.fingerPosition(FingerPosition.RIGHT_UNCERTAIN),
            OfficialTerms.fingerPosition(FingerPosition.LEFT_UNCERTAIN));
    String otherTwice =
        RegistrationFormData.fingerprintsRegistered(
            OfficialTerms.fingerPosition(FingerPosition.OTHER_UNCERTAIN),
            OfficialTerms.fingerPosition(FingerPosition.OTHER_UNCERTAIN));

    assertContains(
        Pdfs.read(RENDERER.registrationForm(SampleData.registration(null, rightAndLeft))).text(),
        "登记指位：97 右手不确定指位、98 左手不确定指位");
    assertContains(
        Pdfs.read(RENDERER.registrationForm(SampleData.registration(null, otherTwice))).text(),
        "登记指位：99 其他不确定指位、99 其他不确定指位");
  }

  @Test
  void filledAuthorizationLetter() {
    Pdfs.Read pdf = Pdfs.read(RENDERER.authorizationLetter(SampleData.authorizationLetter()));

    assertEquals(1, pdf.pages());
    assertContains(
        pdf.text(),
        "委",
        "委托人（申请人）",
        "受托人",
        "委托事项",
        SampleData.APPLICANT,
        SampleData.APPLICANT_ID,
        SampleData.AGENT,
        SampleData.AGENT_ID,
        "13896012345",
        "父女",
        "代为申请换领居民身份证并代为领取",
        "2025年11月25日",
        SampleData.STATION);
  }

  @Test
  void blankAuthorizationLetterHasTheLabelsButNoData() {
    Pdfs.Read pdf = Pdfs.read(RENDERER.authorizationLetter(AuthorizationLetterData.blank()));

    assertEquals(1, pdf.pages());
    assertContains(pdf.text(), "委托人（申请人）", "公民身份号码", "联系电话", "与委托人关系", "委托事项", "受托人（签名）");
    for (String data :
        List.of(
            SampleData.APPLICANT,
            SampleData.APPLICANT_ID,
            SampleData.AGENT,
            "13896012345",
            "2025",
            "null",
            "派出所")) {
      assertFalse(pdf.text().contains(data), () -> "blank letter shows " + data);
    }
    assertFalse(pdf.text().matches("(?s).*\\d{6,}.*"), "no ID or phone number");
  }

  @Test
  void feeReceiptShowsTheAmountInFiguresAndInCapitals() {
    Pdfs.Read pdf = Pdfs.read(RENDERER.feeReceipt(SampleData.feeReceipt()));

    assertEquals(1, pdf.pages());
    assertContains(
        pdf.text(),
        "收",
        "居民身份证工本费",
        SampleData.STATION,
        "SF20251125-0031",
        SampleData.ACCEPTANCE_NUMBER.value(),
        SampleData.APPLICANT,
        "到期换领",
        "¥20.00",
        "人民币贰拾元整",
        "微信支付",
        "2025年11月25日",
        SampleData.CLERK);
    assertFalse(pdf.text().contains("减免"));
  }

  @Test
  void thereIsNoFeeReceiptWhenNothingWasCharged() {
    FeeReceiptData charged = SampleData.feeReceipt();
    for (String number : new String[] {null, " "}) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new FeeReceiptData(
                  charged.stationName(),
                  number,
                  charged.acceptanceNumber(),
                  charged.payerName(),
                  "首次申领",
                  Amount.ZERO,
                  null,
                  charged.paidOn(),
                  charged.clerkName()));
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new FeeReceiptData(
                charged.stationName(),
                "0012345",
                charged.acceptanceNumber(),
                charged.payerName(),
                "首次申领",
                Amount.ZERO,
                "现金",
                charged.paidOn(),
                charged.clerkName()));
  }

  @Test
  void feeReceiptNumberPrintsAsTyped() {
    FeeReceiptData charged = SampleData.feeReceipt();
    Pdfs.Read pdf =
        Pdfs.read(
            RENDERER.feeReceipt(
                new FeeReceiptData(
                    charged.stationName(),
                    "0012345",
                    charged.acceptanceNumber(),
                    charged.payerName(),
                    charged.feeKind(),
                    charged.amount(),
                    charged.paymentMethod(),
                    charged.paidOn(),
                    charged.clerkName())));

    assertContains(pdf.text(), "凭证号：0012345");
  }

  @Test
  void collectionVoucherMasksTheIdNumberAndCarriesAVerifiableQrCode() throws Exception {
    CollectionVoucherData data = SampleData.collectionVoucher();
    byte[] bytes = RENDERER.collectionVoucher(data);
    Pdfs.Read pdf = Pdfs.read(bytes);

    assertEquals(1, pdf.pages());
    assertContains(
        pdf.text(),
        "居民身份证领取凭证",
        SampleData.ACCEPTANCE_NUMBER.value(),
        SampleData.APPLICANT,
        "500103********2425",
        "2025年12月16日",
        SampleData.STATION,
        "重庆市渝中区民生路235号",
        "14:00—17:30",
        "携带本凭证",
        "交回原居民身份证",
        data.verificationCode(),
        "办理进度查询：" + SampleData.PROGRESS_ADDRESS);
    assertFalse(pdf.text().contains(SampleData.APPLICANT_ID), "full ID number must not print");

    String scanned = Pdfs.decodeQr(bytes);
    assertEquals(
        "IDCARD-PICKUP|" + SampleData.ACCEPTANCE_NUMBER + "|" + data.verificationCode(), scanned);
    VoucherCode.Scan scan = VoucherCode.parse(scanned).orElseThrow();
    assertTrue(SampleData.VOUCHER_CODE.verifies(scan.acceptanceNumber(), scan.code()));
  }

  @Test
  void dailySummaryCountsAndTotals() {
    Pdfs.Read pdf = Pdfs.read(RENDERER.dailySummary(SampleData.day(30)));

    assertTrue(pdf.pages() >= 1);
    assertContains(
        pdf.text(),
        "每日受理汇总表",
        SampleData.STATION,
        "2025年11月25日",
        "按申请类型统计",
        "首次申领",
        "丢失补领",
        "按办理状态统计",
        "已受理",
        "退回修改",
        "支付方式",
        "微信支付 6 120.00",
        "免收（已批准） 2 0.00",
        "无需收费 6 0.00",
        "37 580.00",
        "另有作废收费凭证 1 张（SF20251125-0003），计 20.00 元，不计入合计。",
        "制表人：" + SampleData.CLERK);
    assertFalse(pdf.text().contains("SF20251125-0001"), "the summary lists no receipts");
    assertFalse(pdf.text().contains("RETURNED"), "every status in words");
    assertFalse(pdf.text().contains("审核民警签字"));
  }

  /** The 日结单 prints the audit anchor made at the close: digest and fingerprint, either suite. */
  @ParameterizedTest
  @EnumSource(CryptoSuite.class)
  void dailyClosePrintsTheDaysAuditAnchor(CryptoSuite suite) throws Exception {
    DailyReportData day = SampleData.day(3);
    Anchor anchor =
        Anchor.sign(
            suite,
            suite.newSigningKeys().getPrivate(),
            LocalDateTime.of(2026, 12, 7, 17, 30, 5, 123_000_000),
            "DAY_CLOSE",
            "500103510001/2026-12-07",
            4711,
            "ab".repeat(32),
            1);
    byte[] bytes =
        RENDERER.dailyClose(
            new DailyReportData(day.stationName(), day.preparedBy(), day.figures(), anchor));
    String text = Pdfs.read(bytes).text().replaceAll("\\s+", "");
    assertTrue(text.contains("审计锚点：第4711条记录"), text);
    assertTrue(text.contains(anchor.fingerprint()), text);
    assertTrue(text.contains(anchor.digest()), text);
    assertTrue(text.contains(suite.label()), text);
    if (System.getProperty("forms.sample.dir") != null) {
      java.nio.file.Files.write(
          java.nio.file.Path.of(
              System.getProperty("forms.sample.dir"), "daily-close-" + suite + ".pdf"),
          bytes);
    }
    assertTrue(
        Pdfs.read(RENDERER.dailyClose(day)).text().replaceAll("\\s+", "").contains("本日尚未日结"));
  }

  @Test
  void dailyCloseListsEveryReceiptOverSeveralPagesAndEndsWithTheSignOff() {
    Pdfs.Read pdf = Pdfs.read(RENDERER.dailyClose(SampleData.day(80)));

    assertTrue(pdf.pages() >= 2, "80 receipts do not fit on one page");
    assertContains(
        pdf.text(),
        "收费凭证清单",
        "1 SF20251125-0001 20.00\n",
        "3 SF20251125-0003 20.00 作废",
        "SF20251125-0080",
        "共 80 张，其中作废 1 张",
        "1580.00",
        "SF20251125-0001 至 SF20251125-0080 无",
        "审核民警签字",
        "第 1 页",
        "共 " + pdf.pages() + " 页");
    List<String> receiptLines =
        pdf.text().lines().filter(line -> line.matches("\\d+ SF20251125-\\d{4} .*")).toList();
    assertEquals(80, receiptLines.size(), pdf.text());
    assertEquals("1 SF20251125-0001 20.00", receiptLines.get(0));
    assertEquals(
        List.of("3 SF20251125-0003 20.00 作废"),
        receiptLines.stream().filter(line -> line.contains("作废")).toList());
    assertTrue(
        pdf.text().lastIndexOf("审核民警签字") > pdf.text().lastIndexOf("SF20251125-0080"),
        "sign-off after the list");
  }

  @Test
  void dailyCloseNamesTheMissingNumbersOfASeries() {
    List<Payment> payments = new ArrayList<>();
    for (String number : List.of("QJ-0001", "QJ-0002", "QJ-0005", "QJ-0006")) {
      payments.add(
          Payment.charged(
              (long) payments.size(),
              1L,
              FeeKind.LOST_OR_DAMAGED,
              Amount.ofFen(4000),
              PaymentMethod.CASH,
              number,
              1L,
              SampleData.TODAY.atTime(9, 0)));
    }
    DaySummary figures = DaySummary.of(SampleData.TODAY, Map.of(), Map.of(), payments, List.of());

    Pdfs.Read pdf =
        Pdfs.read(RENDERER.dailyClose(new DailyReportData(SampleData.STATION, null, figures)));

    assertContains(pdf.text(), "QJ-0001 至 QJ-0006 缺号：QJ-0003–QJ-0004", "缺号合计 2 个", "现金 4 160.00");
  }

  @Test
  void emptyDayStillPrintsEverySection() {
    DailyReportData empty =
        new DailyReportData(
            SampleData.STATION,
            null,
            DaySummary.of(SampleData.TODAY, Map.of(), Map.of(), List.of(), List.of()));

    Pdfs.Read pdf = Pdfs.read(RENDERER.dailyClose(empty));

    assertEquals(1, pdf.pages());
    assertContains(pdf.text(), "按申请类型统计", "收费情况", "当日未开具收费凭证", "收费凭证号连续性核对", "0.00");
    assertFalse(pdf.text().contains("作废"), pdf.text());
  }

  @Test
  void concurrentRendersShareTheCompiledReport() throws Exception {
    List<Future<byte[]>> renders =
        POOL.invokeAll(
            List.of(
                () -> RENDERER.registrationForm(SampleData.registration(null)),
                () -> RENDERER.registrationForm(SampleData.registration(SampleData.agent())),
                () -> RENDERER.feeReceipt(SampleData.feeReceipt()),
                () -> RENDERER.registrationForm(SampleData.registration(null))));
    for (Future<byte[]> render : renders) {
      assertEquals(1, Pdfs.read(render.get()).pages());
    }
    assertTrue(
        RENDERER.report(OfficialForm.REGISTRATION_FORM)
            == RENDERER.report(OfficialForm.REGISTRATION_FORM));
  }

  @Test
  void everyFormHasACompiledReport() {
    for (OfficialForm form : OfficialForm.values()) {
      assertEquals(form.reportName(), RENDERER.report(form).getName());
    }
  }

  @Test
  void rawRenderTakesParametersAsTheyAre() {
    Pdfs.Read pdf =
        Pdfs.read(
            RENDERER.render(
                OfficialForm.FEE_RECEIPT,
                Map.of("PAYER_NAME", "赵云", "AMOUNT_CAPITAL", "肆拾元整"),
                new JREmptyDataSource(1)));

    assertContains(pdf.text(), "赵云", "人民币肆拾元整");
  }

  private static void assertContains(String text, String... expected) {
    for (String part : expected) {
      assertTrue(text.contains(part), () -> "missing \"" + part + "\" in:\n" + text);
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
