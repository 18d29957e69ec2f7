package cn.cq.police.idcard.forms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.proxies.entity.Relationship;
import cn.cq.police.idcard.receipts.entity.Sex;
import cn.cq.police.idcard.review.control.DaySummary;
import cn.cq.police.idcard.temporary.entity.TemporaryCardReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders every official form from varied data and reads the printed text back: a form must hold no
 * raw code (an enum name, "null") and print every number a person typed exactly as typed.
 */
class FormsScanTest {

  private static final FormRenderer RENDERER = new FormRenderer();

  /** What an enum constant looks like once it escapes onto paper. */
  private static final Pattern RAW_CODE = Pattern.compile("[A-Z][A-Z_]{3,}");

  private static final Pattern NULL = Pattern.compile("(?i)\\bnull\\b");

  /** Names as people type them: middle dots, rare characters, markup-like and quote characters. */
  private static final List<String> ODD_NAMES =
      List.of("阿卜杜热合曼·买买提", "禤靓　花子", "欧阳<b>娜娜</b>", "王&amp;\"小\"'二'", "李$P{NAME}");

  /** One rendered form, with the strings it must print exactly as they were typed. */
  private record Printed(String what, byte[] pdf, List<String> typed) {}

  private static List<Printed> rendered;

  @BeforeAll
  static void renderEveryForm() {
    rendered = printedForms();
  }

  @Test
  void everyOfficialFormIsScanned() {
    Set<OfficialForm> scanned = EnumSet.noneOf(OfficialForm.class);
    for (Printed form : rendered) {
      scanned.add(formOf(form.what()));
    }
    assertEquals(EnumSet.allOf(OfficialForm.class), scanned, "a form the scan leaves out");
  }

  @Test
  void noFormPrintsRawCodesOrNullAndTypedNumbersPrintAsTyped() {
    List<String> problems = new ArrayList<>();
    for (Printed form : rendered) {
      String text = Pdfs.read(form.pdf()).text();
      String flat = text.replaceAll("\\s+", " ");
      String rest = flat;
      for (String typed : form.typed()) {
        if (!flat.contains(typed)) {
          problems.add(form.what() + ": \"" + typed + "\" is not printed as typed");
        }
        // What was typed may look like a code (a verification code, a name); it is no finding.
        rest = rest.replace(typed, " ");
      }
      Matcher code = RAW_CODE.matcher(rest);
      while (code.find()) {
        problems.add(form.what() + ": raw code " + code.group());
      }
      if (NULL.matcher(rest).find()) {
        problems.add(form.what() + ": prints null");
      }
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  private static OfficialForm formOf(String what) {
    return Arrays.stream(OfficialForm.values())
        .filter(form -> what.startsWith(form.reportName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no form for " + what));
  }

  private static List<Printed> printedForms() {
    List<Printed> printed = new ArrayList<>();
    registrationForms(printed);
    authorizationLetters(printed);
    feeReceipts(printed);
    collectionVouchers(printed);
    dailyReports(printed);
    temporaryCardForms(printed);
    mailingSlips(printed);
    return printed;
  }

  private static void registrationForms(List<Printed> printed) {
    List<Fingerprints> fingerprints = new ArrayList<>();
    fingerprints.add(
        Fingerprints.registered(FingerPosition.RIGHT_THUMB, FingerPosition.LEFT_THUMB));
    fingerprints.add(
        Fingerprints.registered(FingerPosition.RIGHT_LITTLE, FingerPosition.LEFT_INDEX));
    fingerprints.add(Fingerprints.registrationFailed());
    for (FingerprintException exception : FingerprintException.values()) {
      fingerprints.add(Fingerprints.notRegistered(exception));
    }
    ApplicationType[] types = ApplicationType.values();
    // Every type and every fingerprint case at least once, without rendering all their pairs.
    for (int i = 0; i < Math.max(types.length, fingerprints.size()); i++) {
      ApplicationType type = types[i % types.length];
      Fingerprints prints = fingerprints.get(i % fingerprints.size());
      String name = ODD_NAMES.get(i % ODD_NAMES.size());
      AcceptanceNumber number = acceptanceNumber(i);
      Agent agent = i % 2 == 0 ? null : agent(Relationship.values()[i % 8]);
      RegistrationFormData data =
          new RegistrationFormData(
              SampleData.STATION,
              number,
              name,
              OfficialTerms.of(i % 2 == 0 ? Sex.FEMALE : Sex.MALE),
              "汉",
              LocalDate.of(1988, 6, 15),
              SampleData.APPLICANT_ID,
              "重庆市渝中区解放碑街道民族路188号3单元12-3",
              RegistrationFormData.Reason.valueOf(type.officialReason().name()),
              RegistrationFormData.fingerprintLine(prints),
              SampleData.TODAY,
              i % 3 == 0 ? null : SampleData.TODAY.plusYears(10),
              i % 4 == 0 ? null : SampleData.photo(),
              agent,
              SampleData.CLERK,
              SampleData.TODAY,
              i % 2 == 0 ? null : ODD_NAMES.get((i + 2) % ODD_NAMES.size()),
              SampleData.ISSUING_AUTHORITY);
      List<String> typed = new ArrayList<>(List.of(number.value(), SampleData.APPLICANT_ID, name));
      if (data.approverName() != null) {
        typed.add(data.approverName());
      }
      if (agent != null) {
        typed.addAll(List.of(agent.idNumber(), agent.phone()));
      }
      printed.add(
          new Printed(
              "registration-form " + type + "/" + prints.getStatus(),
              RENDERER.registrationForm(data),
              typed));
    }
  }

  private static void temporaryCardForms(List<Printed> printed) {
    TemporaryCardReason[] reasons = TemporaryCardReason.values();
    for (int i = 0; i < ODD_NAMES.size(); i++) {
      TemporaryCardReason reason = reasons[i % reasons.length];
      String name = ODD_NAMES.get(i);
      AcceptanceNumber number = acceptanceNumber(300 + i);
      // The clerk's words for "other" may look like markup or a report expression.
      String note = reason.needsNote() ? ODD_NAMES.get((i + 3) % ODD_NAMES.size()) : null;
      LocalDate issued = SampleData.TODAY.plusDays(5L * i);
      TemporaryCardFormData data =
          new TemporaryCardFormData(
              SampleData.STATION,
              number,
              name,
              OfficialTerms.of(i % 2 == 0 ? Sex.FEMALE : Sex.MALE),
              "回",
              LocalDate.of(1979, 2, 28),
              SampleData.APPLICANT_ID,
              "重庆市渝中区解放碑街道民族路188号3单元12-3",
              reason.name(),
              note,
              Amount.ofFen(1000),
              issued,
              issued.plusMonths(3).minusDays(1),
              i % 2 == 0 ? null : SampleData.photo(),
              ODD_NAMES.get((i + 1) % ODD_NAMES.size()),
              issued,
              SampleData.ISSUING_AUTHORITY);
      List<String> typed =
          new ArrayList<>(
              List.of(number.value(), SampleData.APPLICANT_ID, name, data.clerkName(), "¥10.00"));
      if (note != null) {
        typed.add(note);
      }
      printed.add(
          new Printed(
              "temporary-card-form " + reason + "/" + i, RENDERER.temporaryCardForm(data), typed));
    }
  }

  private static Agent agent(Relationship relationship) {
    return new Agent(
        "张&lt;建国", SampleData.AGENT_ID, "013896012345", OfficialTerms.of(relationship));
  }

  private static void authorizationLetters(List<Printed> printed) {
    printed.add(
        new Printed(
            "authorization-letter blank",
            RENDERER.authorizationLetter(AuthorizationLetterData.blank()),
            List.of()));
    for (Relationship relationship : Relationship.values()) {
      Agent agent = agent(relationship);
      printed.add(
          new Printed(
              "authorization-letter " + relationship,
              RENDERER.authorizationLetter(
                  new AuthorizationLetterData(
                      SampleData.STATION,
                      ODD_NAMES.get(relationship.ordinal() % ODD_NAMES.size()),
                      SampleData.APPLICANT_ID,
                      agent,
                      "代为申请换领居民身份证并代为领取",
                      SampleData.TODAY)),
              List.of(
                  ODD_NAMES.get(relationship.ordinal() % ODD_NAMES.size()),
                  SampleData.APPLICANT_ID,
                  agent.idNumber(),
                  agent.phone())));
    }
  }

  private static void feeReceipts(List<Printed> printed) {
    String[] numbers = {"0012345", "SF20251125-0031", "00000001", "CQ-2026-000100"};
    int i = 0;
    for (FeeKind kind : FeeKind.values()) {
      for (PaymentMethod method : PaymentMethod.values()) {
        Amount amount = Amount.ofFen(kind == FeeKind.LOST_OR_DAMAGED ? 4000 : 2000 + i);
        String number = numbers[i % numbers.length];
        AcceptanceNumber acceptance = acceptanceNumber(100 + i);
        FeeReceiptData data =
            new FeeReceiptData(
                SampleData.STATION,
                number,
                acceptance,
                ODD_NAMES.get(i % ODD_NAMES.size()),
                OfficialTerms.of(kind),
                amount,
                OfficialTerms.of(method),
                SampleData.TODAY,
                SampleData.CLERK);
        printed.add(
            new Printed(
                "fee-receipt " + kind + "/" + method,
                RENDERER.feeReceipt(data),
                List.of(number, "¥" + amount.yuan(), acceptance.value(), data.payerName())));
        i++;
      }
    }
  }

  @Test
  void nothingChargedGivesNoFeeReceipt() {
    for (Payment free : List.of(freeFirstApplication(), exempted(1L))) {
      assertFalse(free.isFeeReceiptIssued());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new FeeReceiptData(
                  SampleData.STATION,
                  free.getFeeReceiptNumber(),
                  SampleData.ACCEPTANCE_NUMBER,
                  SampleData.APPLICANT,
                  OfficialTerms.of(free.getKind()),
                  free.getAmount(),
                  OfficialTerms.of(free.getMethod()),
                  SampleData.TODAY,
                  SampleData.CLERK));
    }
  }

  private static Payment freeFirstApplication() {
    return Payment.charged(
        103L,
        1L,
        FeeKind.FIRST_APPLICATION,
        Amount.ZERO,
        null,
        null,
        1L,
        SampleData.TODAY.atTime(11, 0));
  }

  private static void collectionVouchers(List<Printed> printed) {
    for (int i = 0; i < ODD_NAMES.size(); i++) {
      AcceptanceNumber number = acceptanceNumber(200 + i);
      String code = SampleData.VOUCHER_CODE.codeFor(number);
      printed.add(
          new Printed(
              "collection-voucher " + i,
              RENDERER.collectionVoucher(
                  new CollectionVoucherData(
                      number,
                      ODD_NAMES.get(i),
                      SampleData.APPLICANT_ID,
                      SampleData.TODAY.plusDays(28),
                      SampleData.STATION,
                      "重庆市渝中区民生路235号",
                      "周一至周五 9:00—12:00，14:00—17:30",
                      code,
                      SampleData.PROGRESS_ADDRESS)),
              List.of(number.value(), code, ODD_NAMES.get(i))));
    }
  }

  /** Typed names and addresses, before and after the tracking number is known. */
  private static void mailingSlips(List<Printed> printed) {
    for (int i = 0; i < ODD_NAMES.size(); i++) {
      AcceptanceNumber number = acceptanceNumber(300 + i);
      String tracking = i % 2 == 0 ? null : "EK00" + (4711 + i) + "CN";
      String address = "重庆市渝中区" + ODD_NAMES.get(i) + "路 1 号 3-2";
      List<String> typed = new ArrayList<>(List.of(number.value(), ODD_NAMES.get(i), address));
      if (tracking != null) {
        typed.add(tracking);
      }
      typed.add("1390000000" + i);
      printed.add(
          new Printed(
              "mailing-slip " + i,
              RENDERER.mailingSlip(
                  new MailingSlipData(
                      SampleData.STATION,
                      "重庆市渝中区民生路235号",
                      ODD_NAMES.get(i),
                      "1390000000" + i,
                      address,
                      number,
                      tracking,
                      SampleData.TODAY)),
              typed));
    }
  }

  private static void dailyReports(List<Printed> printed) {
    List<Payment> payments = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    // Numbers with leading zeros and a gap (0012346–0012348), a second series, one voided.
    String[] numbers = {"0012345", "0012349", "0012350", "QJ-0007", "QJ-0008", "QJ-0010"};
    PaymentMethod[] methods = PaymentMethod.values();
    for (int i = 0; i < numbers.length; i++) {
      Payment payment =
          Payment.charged(
              (long) i,
              1L,
              i % 2 == 0 ? FeeKind.RENEWAL : FeeKind.LOST_OR_DAMAGED,
              Amount.ofFen(i % 2 == 0 ? 2000 : 4000),
              methods[i % methods.length],
              numbers[i],
              1L,
              SampleData.TODAY.atTime(9, i));
      if (i == 2) {
        payment.voidBy(2L, SampleData.TODAY.atTime(16, 0), "错收");
      }
      payments.add(payment);
      typed.add(numbers[i]);
    }
    Payment approved = exempted(100L);
    approved.decideExemption(true);
    Payment refused = exempted(101L);
    refused.decideExemption(false);
    payments.addAll(List.of(approved, refused, exempted(102L)));
    payments.add(freeFirstApplication());
    Map<ApplicationType, Long> byType = new EnumMap<>(ApplicationType.class);
    for (ApplicationType type : ApplicationType.values()) {
      byType.put(type, (long) type.ordinal() + 1);
    }
    Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      byStatus.put(status, (long) status.ordinal() + 1);
    }
    DaySummary figures = DaySummary.of(SampleData.TODAY, byType, byStatus, payments, List.of());
    DailyReportData data = new DailyReportData(SampleData.STATION, ODD_NAMES.get(2), figures);
    // The summary names only the voided receipt; the close lists them all and the gap.
    printed.add(
        new Printed(
            "daily-summary",
            RENDERER.dailySummary(data),
            List.of(figures.total().yuan(), numbers[2], data.preparedBy())));
    typed.add(figures.total().yuan());
    typed.add(data.preparedBy());
    typed.add("0012346–0012348");
    printed.add(new Printed("daily-close", RENDERER.dailyClose(data), typed));
    DailyReportData empty =
        new DailyReportData(
            SampleData.STATION,
            null,
            DaySummary.of(SampleData.TODAY, Map.of(), Map.of(), List.of(), List.of()));
    printed.add(new Printed("daily-close empty day", RENDERER.dailyClose(empty), List.of()));
    printed.add(new Printed("daily-summary empty day", RENDERER.dailySummary(empty), List.of()));
  }

  private static Payment exempted(long applicationId) {
    return Payment.exempted(
        applicationId,
        1L,
        FeeKind.RENEWAL,
        FeeRelief.MINIMUM_LIVING_ALLOWANCE,
        "低保证",
        1L,
        SampleData.TODAY.atTime(10, 0));
  }

  private static AcceptanceNumber acceptanceNumber(int sequence) {
    return AcceptanceNumber.of("500103510077", SampleData.TODAY, 1 + sequence);
  }
}
