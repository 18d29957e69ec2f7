package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.audit.control.Anchor;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.forms.control.DailyReportLine.Kind;
import cn.cq.police.idcard.review.control.DaySummary;
import cn.cq.police.idcard.review.control.FeeReceiptReconciliation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills the compiled official forms and exports them as PDF. Reports are compiled by the build;
 * each is loaded from the class path on first use and then shared, which is safe because a filled
 * report keeps its state in the fill, not in the {@link JasperReport}. One instance serves all
 * threads.
 */
public final class FormRenderer {

  private static final Locale CHINA = Locale.SIMPLIFIED_CHINESE;
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  // The card itself prints its validity as 2025.11.25-2045.11.25.
  private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");

  private final ConcurrentMap<OfficialForm, JasperReport> reports = new ConcurrentHashMap<>();

  /** 居民身份证申领登记表, one page. */
  public byte[] registrationForm(RegistrationFormData data) {
    return render(
        OfficialForm.REGISTRATION_FORM, registrationParameters(data), new JREmptyDataSource(1));
  }

  /** The report parameters of a registration form; the photo stream can be read once. */
  static Map<String, Object> registrationParameters(RegistrationFormData data) {
    Map<String, Object> p =
        applicant(
            data.stationName(),
            data.name(),
            data.sex(),
            data.ethnicity(),
            data.birthDate(),
            data.idNumber(),
            data.address(),
            data.photoJpeg());
    p.put("ACCEPTANCE_NUMBER", data.acceptanceNumber().value());
    p.put("REASON", data.reason().name());
    p.put("FINGERPRINTS", data.fingerprints());
    p.put("VALIDITY", validity(data.validFrom(), data.validUntil()));
    p.put("PROXY", data.byProxy());
    putAgent(p, data.agent());
    p.put("CLERK_NAME", data.clerkName());
    p.put("ACCEPTED_ON", longDate(data.acceptedOn()));
    p.put("APPROVER_NAME", data.approverName());
    p.put("ISSUING_AUTHORITY", data.issuingAuthority());
    return p;
  }

  /** The 受托人 fields both the registration form and the letter print. */
  private static void putAgent(Map<String, Object> p, Agent agent) {
    if (agent != null) {
      p.put("AGENT_NAME", agent.name());
      p.put("AGENT_ID_NUMBER", agent.idNumber());
      p.put("AGENT_PHONE", agent.phone());
      p.put("AGENT_RELATIONSHIP", agent.relationship());
    }
  }

  /** 委托书, one page; null fields of the data print as blank lines. */
  public byte[] authorizationLetter(AuthorizationLetterData data) {
    Map<String, Object> p = new HashMap<>();
    p.put("STATION_NAME", data.stationName());
    p.put("PRINCIPAL_NAME", data.principalName());
    p.put("PRINCIPAL_ID_NUMBER", data.principalIdNumber());
    putAgent(p, data.agent());
    p.put("MATTER", data.matter());
    p.put("SIGNED_ON", longDate(data.signedOn()));
    return render(OfficialForm.AUTHORIZATION_LETTER, p, new JREmptyDataSource(1));
  }

  /** 收费凭证 for the 居民身份证工本费, one page. */
  public byte[] feeReceipt(FeeReceiptData data) {
    Map<String, Object> p = new HashMap<>();
    p.put("STATION_NAME", data.stationName());
    p.put("RECEIPT_NUMBER", data.receiptNumber());
    p.put("ACCEPTANCE_NUMBER", data.acceptanceNumber().value());
    p.put("PAYER_NAME", data.payerName());
    p.put("FEE_KIND", data.feeKind());
    p.put("AMOUNT", "¥" + data.amount().yuan());
    p.put("AMOUNT_CAPITAL", data.amount().chineseCapital());
    p.put("PAYMENT_METHOD", data.paymentMethod());
    p.put("PAID_ON", longDate(data.paidOn()));
    p.put("CLERK_NAME", data.clerkName());
    return render(OfficialForm.FEE_RECEIPT, p, new JREmptyDataSource(1));
  }

  /** 居民身份证领取凭证 with its pickup QR code, one page. */
  public byte[] collectionVoucher(CollectionVoucherData data) {
    Map<String, Object> p = new HashMap<>();
    p.put("ACCEPTANCE_NUMBER", data.acceptanceNumber().value());
    p.put("APPLICANT_NAME", data.applicantName());
    p.put("MASKED_ID_NUMBER", data.maskedIdNumber());
    p.put("PICKUP_DATE", longDate(data.promisedPickupDate()));
    p.put("STATION_NAME", data.stationName());
    p.put("STATION_ADDRESS", data.stationAddress());
    p.put("OFFICE_HOURS", data.officeHours());
    p.put("VERIFICATION_CODE", data.verificationCode());
    p.put("QR_CONTENT", data.qrContent());
    p.put("PROGRESS_URL", data.progressAddress());
    return render(OfficialForm.COLLECTION_VOUCHER, p, new JREmptyDataSource(1));
  }

  /** 居民身份证邮寄单: sender (the station), recipient, contents; no ID number. */
  public byte[] mailingSlip(MailingSlipData data) {
    Map<String, Object> p = new HashMap<>();
    p.put("SENDER_NAME", data.senderName());
    p.put("SENDER_ADDRESS", data.senderAddress());
    p.put("RECIPIENT_NAME", data.recipientName());
    p.put("RECIPIENT_PHONE", data.recipientPhone());
    p.put("RECIPIENT_ADDRESS", data.recipientAddress());
    p.put("ACCEPTANCE_NUMBER", data.acceptanceNumber().value());
    p.put("TRACKING_NUMBER", data.trackingNumber());
    p.put("CONTENTS", MailingSlipData.CONTENTS);
    p.put("PRINTED_ON", longDate(data.printedOn()));
    return render(OfficialForm.MAILING_SLIP, p, new JREmptyDataSource(1));
  }

  /** 临时居民身份证申领登记表, one page, with the applicant's signature line. */
  public byte[] temporaryCardForm(TemporaryCardFormData data) {
    return render(
        OfficialForm.TEMPORARY_CARD_FORM, temporaryCardParameters(data), new JREmptyDataSource(1));
  }

  /** The report parameters of a temporary card form; the photo stream can be read once. */
  static Map<String, Object> temporaryCardParameters(TemporaryCardFormData data) {
    Map<String, Object> p =
        applicant(
            data.stationName(),
            data.name(),
            data.sex(),
            data.ethnicity(),
            data.birthDate(),
            data.idNumber(),
            data.address(),
            data.photoJpeg());
    p.put("CARD_NUMBER", data.cardNumber().value());
    p.put("REASON", data.reason());
    p.put("REASON_NOTE", data.reasonNote());
    p.put("FEE", "¥" + data.fee().yuan() + "（" + data.fee().chineseCapital() + "）");
    p.put("VALID_FROM", CARD_DATE.format(data.validFrom()));
    p.put("VALID_UNTIL", CARD_DATE.format(data.validUntil()));
    p.put("CLERK_NAME", data.clerkName());
    p.put("ISSUED_ON", longDate(data.issuedOn()));
    p.put("ISSUING_AUTHORITY", data.issuingAuthority());
    return p;
  }

  /** The applicant's particulars and photo, printed alike on both forms that carry them. */
  private static Map<String, Object> applicant(
      String stationName,
      String name,
      String sex,
      String ethnicity,
      LocalDate birthDate,
      String idNumber,
      String address,
      byte[] photoJpeg) {
    Map<String, Object> p = new HashMap<>();
    p.put("STATION_NAME", stationName);
    p.put("NAME", name);
    p.put("SEX", sex);
    p.put("ETHNICITY", ethnicity);
    p.put("BIRTH_DATE", longDate(birthDate));
    p.put("ID_NUMBER", idNumber);
    p.put("ADDRESS", address);
    // A stream the report reads once: made anew for every rendering.
    p.put("PHOTO", photoJpeg == null ? null : new ByteArrayInputStream(photoJpeg));
    return p;
  }

  /** 每日受理汇总表: counts and fees, voided receipts noted; as many pages as the lines need. */
  public byte[] dailySummary(DailyReportData data) {
    return render(OfficialForm.DAILY_SUMMARY, dailyParameters(data), dailyLines(data, false));
  }

  /** 日结单: the summary plus every fee receipt (voided ones marked), the number check, sign-off. */
  public byte[] dailyClose(DailyReportData data) {
    return render(OfficialForm.DAILY_CLOSE, dailyParameters(data), dailyLines(data, true));
  }

  /**
   * Fills a form with raw report parameters and exports it. The typed methods above are the normal
   * entry points; this one exists for tests and measurements.
   */
  public byte[] render(OfficialForm form, Map<String, Object> parameters, JRDataSource dataSource) {
    Map<String, Object> fill = new HashMap<>(parameters);
    fill.putIfAbsent(JRParameter.REPORT_LOCALE, CHINA);
    try {
      JasperPrint print = JasperFillManager.fillReport(report(form), fill, dataSource);
      ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      // A browser tab or the print dialog then shows the form's name, not a file name.
      configuration.setMetadataTitle(form.title());
      configuration.setDisplayMetadataTitle(true);
      configuration.setMetadataCreator("idcard-counter");
      exporter.setConfiguration(configuration);
      exporter.exportReport();
      return pdf.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("Could not render " + form.reportName(), e);
    }
  }

  /** The compiled report of a form, loaded once. */
  public JasperReport report(OfficialForm form) {
    return reports.computeIfAbsent(form, FormRenderer::load);
  }

  private static JasperReport load(OfficialForm form) {
    String resource = "/reports/" + form.reportName() + ".jasper";
    try (InputStream in = FormRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the class path; the build compiles reports/*.jrxml");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException("Could not load " + resource, e);
    }
  }

  private static Map<String, Object> dailyParameters(DailyReportData data) {
    DaySummary figures = data.figures();
    Map<String, Object> p = new HashMap<>();
    p.put("STATION_NAME", data.stationName());
    p.put("REPORT_DATE", longDate(figures.day()));
    p.put("PREPARED_BY", data.preparedBy());
    // Totals as the summary computed them, not re-added by the report.
    p.put("PAYMENT_COUNT", figures.paymentCount());
    p.put("TOTAL", figures.total());
    List<DaySummary.FeeReceipt> voided = figures.voidedReceipts();
    p.put("VOIDED_COUNT", (long) voided.size());
    p.put(
        "VOIDED_NOTE",
        voided.isEmpty()
            ? null
            : "另有作废收费凭证 %d 张（%s），计 %s 元，不计入合计。"
                .formatted(
                    voided.size(),
                    String.join("、", voided.stream().map(DaySummary.FeeReceipt::number).toList()),
                    figures.voidedAmount().yuan()));
    Anchor anchor = data.auditAnchor();
    p.put(
        "AUDIT_ANCHOR",
        anchor == null
            ? "审计锚点：本日尚未日结，无锚点。"
            : "审计锚点：第 %d 条记录（日结时链头），%s，%s，指纹 %s"
                .formatted(
                    anchor.sequence(),
                    anchor.anchoredAt().withNano(0).toString().replace('T', ' '),
                    anchor.suite().label(),
                    anchor.fingerprint()));
    p.put("AUDIT_ANCHOR_DIGEST", anchor == null ? null : "锚点摘要：" + anchor.digest());
    return p;
  }

  private static JRDataSource dailyLines(DailyReportData data, boolean closing) {
    DaySummary figures = data.figures();
    List<DailyReportLine> lines = new ArrayList<>();
    countLines(lines, "一、按申请类型统计", figures.byType(), OfficialTerms::ofType);
    countLines(lines, "二、按办理状态统计", figures.byStatus(), OfficialTerms::ofStatus);
    if (figures.cardsPosted() > 0) {
      // Cards posted that day, whenever applied for: not one of the day's applications' statuses.
      lines.add(
          line(
              "二、按办理状态统计",
              Kind.COUNT,
              OfficialTerms.word("close.cardsPosted"),
              figures.cardsPosted(),
              Amount.ZERO));
    }
    String fees = "三、收费情况（按支付方式）";
    for (DaySummary.Fee fee : figures.fees()) {
      lines.add(line(fees, Kind.FEE, OfficialTerms.of(fee.line()), fee.count(), fee.amount()));
    }
    // An empty section still prints, so a reader sees "none" rather than a missing table.
    if (figures.fees().isEmpty()) {
      lines.add(line(fees, Kind.FEE, "无", 0, Amount.ZERO));
    }
    // The same payments by what they were for, so a temporary card's 10 yuan shows as such.
    String kinds = "四、收费情况（按收费项目）";
    for (DaySummary.KindTotal kind : figures.byKind()) {
      lines.add(line(kinds, Kind.FEE, OfficialTerms.of(kind.kind()), kind.count(), kind.amount()));
    }
    if (figures.byKind().isEmpty()) {
      lines.add(line(kinds, Kind.FEE, "无", 0, Amount.ZERO));
    }
    if (closing) {
      String receipts = "五、收费凭证清单";
      List<DaySummary.FeeReceipt> issued = figures.receipts();
      for (int i = 0; i < issued.size(); i++) {
        DaySummary.FeeReceipt receipt = issued.get(i);
        lines.add(
            new DailyReportLine(
                receipts,
                Kind.RECEIPT,
                receipt.number(),
                i + 1,
                receipt.amount(),
                receipt.voided() ? "作废" : null));
      }
      if (issued.isEmpty()) {
        lines.add(line(receipts, Kind.RECEIPT, "当日未开具收费凭证", 0, Amount.ZERO));
      }
      String numbers = "六、收费凭证号连续性核对";
      for (FeeReceiptReconciliation.Series series : figures.receiptSeries()) {
        lines.add(
            new DailyReportLine(
                numbers,
                Kind.SERIES,
                series.from() + " 至 " + series.to(),
                series.missingCount(),
                Amount.ZERO,
                missingSentence(series)));
      }
      if (figures.receiptSeries().isEmpty()) {
        lines.add(line(numbers, Kind.SERIES, "无", 0, Amount.ZERO));
      }
    }
    return new JRBeanCollectionDataSource(lines);
  }

  /**
   * The gaps of a series as a sentence, "缺号：0012346–0012348、0012351", or "无" when it runs without
   * holes; when more are missing than listed, the sentence says how many in all.
   */
  static String missingSentence(FeeReceiptReconciliation.Series series) {
    if (series.missingCount() == 0) {
      return "无";
    }
    String listed = String.join("、", series.missingRanges());
    return OfficialTerms.word("close.missing")
        + "："
        + listed
        + (series.missing().size() < series.missingCount()
            ? " 等，共 " + series.missingCount() + " 个"
            : "");
  }

  private static void countLines(
      List<DailyReportLine> lines,
      String section,
      List<DaySummary.Count> counts,
      Function<String, String> term) {
    for (DaySummary.Count count : counts) {
      lines.add(line(section, Kind.COUNT, term.apply(count.key()), count.count(), Amount.ZERO));
    }
    if (counts.isEmpty()) {
      lines.add(line(section, Kind.COUNT, "无", 0, Amount.ZERO));
    }
  }

  private static DailyReportLine line(
      String section, Kind kind, String label, long count, Amount amount) {
    return new DailyReportLine(section, kind, label, count, amount, null);
  }

  private static String longDate(LocalDate date) {
    return date == null ? null : LONG_DATE.format(date);
  }

  private static String validity(LocalDate from, LocalDate until) {
    if (from == null) {
      return null;
    }
    return CARD_DATE.format(from) + "-" + (until == null ? "长期" : CARD_DATE.format(until));
  }
}
