package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.control.VoucherCode;
import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.control.DaySummary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Realistic data for every form, shared by the tests, the sample writer and the benchmark. */
final class SampleData {

  static final String STATION = "重庆市公安局渝中区分局解放碑派出所";
  static final AcceptanceNumber ACCEPTANCE_NUMBER =
      AcceptanceNumber.parse("500103510001202511250007");
  static final String APPLICANT = "张晓梅";
  static final String APPLICANT_ID = "500103198806152425";
  static final String AGENT = "张建国";
  static final String AGENT_ID = "500103196203110817";
  static final String CLERK = "李明";
  static final String SUPERVISOR = "陈所长";
  static final String ISSUING_AUTHORITY = "重庆市公安局渝中区分局";
  static final LocalDate TODAY = LocalDate.of(2025, 11, 25);
  static final VoucherCode VOUCHER_CODE =
      new VoucherCode("test-secret-of-32-bytes-length!!".getBytes(StandardCharsets.UTF_8));

  private SampleData() {}

  static Agent agent() {
    return new Agent(AGENT, AGENT_ID, "13896012345", "父女");
  }

  static RegistrationFormData registration(Agent agent) {
    return registration(
        agent,
        RegistrationFormData.fingerprintsRegistered(
            OfficialTerms.fingerPosition(FingerPosition.RIGHT_THUMB),
            OfficialTerms.fingerPosition(FingerPosition.LEFT_THUMB)));
  }

  /** The sample registration with another 指纹信息 line. */
  static RegistrationFormData registration(Agent agent, String fingerprints) {
    return new RegistrationFormData(
        STATION,
        ACCEPTANCE_NUMBER,
        APPLICANT,
        "女",
        "汉",
        LocalDate.of(1988, 6, 15),
        APPLICANT_ID,
        "重庆市渝中区解放碑街道民族路188号3单元12-3",
        RegistrationFormData.Reason.RENEW,
        fingerprints,
        TODAY,
        TODAY.plusYears(20),
        photo(),
        agent,
        CLERK,
        TODAY,
        SUPERVISOR,
        ISSUING_AUTHORITY);
  }

  static AuthorizationLetterData authorizationLetter() {
    return new AuthorizationLetterData(
        STATION, APPLICANT, APPLICANT_ID, agent(), "代为申请换领居民身份证并代为领取", TODAY);
  }

  static FeeReceiptData feeReceipt() {
    return new FeeReceiptData(
        STATION,
        "SF20251125-0031",
        ACCEPTANCE_NUMBER,
        APPLICANT,
        "到期换领",
        Amount.ofFen(2000),
        "微信支付",
        TODAY,
        CLERK);
  }

  static final String PROGRESS_ADDRESS = "https://idcard.cq.example.cn/progress.xhtml";

  static CollectionVoucherData collectionVoucher() {
    return new CollectionVoucherData(
        ACCEPTANCE_NUMBER,
        APPLICANT,
        APPLICANT_ID,
        LocalDate.of(2025, 12, 16),
        STATION,
        "重庆市渝中区民生路235号",
        "周一至周五 9:00—12:00，14:00—17:30（法定节假日除外）",
        VOUCHER_CODE.codeFor(ACCEPTANCE_NUMBER),
        PROGRESS_ADDRESS);
  }

  /**
   * A day of the given number of fee receipts of 20 yuan, methods in turn, the third one voided,
   * plus two approved exemptions and six applications with no fee due; many receipts make the daily
   * close run long.
   */
  static DailyReportData day(int receipts) {
    List<Payment> payments = new ArrayList<>();
    PaymentMethod[] methods = PaymentMethod.values();
    for (int i = 1; i <= receipts; i++) {
      Payment payment =
          Payment.charged(
              (long) i,
              1L,
              FeeKind.RENEWAL,
              Amount.ofFen(2000),
              methods[(i - 1) % methods.length],
              String.format("SF20251125-%04d", i),
              1L,
              TODAY.atTime(9, 0).plusMinutes(i));
      if (i == 3) {
        payment.voidBy(2L, TODAY.atTime(16, 0), "错收");
      }
      payments.add(payment);
    }
    for (int i = 0; i < 2; i++) {
      Payment exempted =
          Payment.exempted(
              1000L + i,
              1L,
              FeeKind.RENEWAL,
              FeeRelief.MINIMUM_LIVING_ALLOWANCE,
              "低保证",
              1L,
              TODAY.atTime(10, i));
      exempted.decideExemption(true);
      payments.add(exempted);
    }
    for (int i = 0; i < 6; i++) {
      payments.add(
          Payment.charged(
              2000L + i,
              1L,
              FeeKind.FIRST_APPLICATION,
              Amount.ZERO,
              null,
              null,
              1L,
              TODAY.atTime(11, i)));
    }
    Map<ApplicationType, Long> byType = new EnumMap<>(ApplicationType.class);
    byType.put(ApplicationType.FIRST_APPLICATION, 6L);
    byType.put(ApplicationType.RENEWAL_ON_EXPIRY, receipts - 6L);
    byType.put(ApplicationType.DATA_CHANGE, 3L);
    byType.put(ApplicationType.DAMAGED, 2L);
    byType.put(ApplicationType.LOST, 3L);
    Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
    byStatus.put(ApplicationStatus.RETURNED, 1L);
    byStatus.put(ApplicationStatus.SUBMITTED, receipts + 6L);
    byStatus.put(ApplicationStatus.CANCELLED, 1L);
    return new DailyReportData(
        STATION, CLERK, DaySummary.of(TODAY, byType, byStatus, payments, List.of()));
  }

  /** A 358×441 JPEG head-and-shoulders portrait on a light background, like a studio photo. */
  static byte[] photo() {
    BufferedImage image = new BufferedImage(358, 441, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(250, 252, 255), 0, 441, new Color(232, 238, 246)));
    g.fillRect(0, 0, 358, 441);
    Path2D shoulders = new Path2D.Double();
    shoulders.moveTo(20, 441);
    shoulders.curveTo(30, 350, 110, 330, 179, 325);
    shoulders.curveTo(248, 330, 328, 350, 338, 441);
    shoulders.closePath();
    g.setColor(new Color(38, 52, 84));
    g.fill(shoulders);
    g.setColor(new Color(232, 196, 170));
    g.fillRect(152, 270, 54, 66);
    g.fill(new Ellipse2D.Double(104, 96, 150, 196));
    g.setColor(new Color(28, 24, 22));
    g.fill(new Ellipse2D.Double(98, 72, 162, 110));
    g.setColor(new Color(40, 30, 28));
    g.fill(new Ellipse2D.Double(140, 180, 16, 9));
    g.fill(new Ellipse2D.Double(202, 180, 16, 9));
    g.setStroke(new BasicStroke(3));
    g.setColor(new Color(170, 90, 90));
    g.drawArc(156, 236, 46, 16, 200, 140);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", jpeg);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jpeg.toByteArray();
  }
}
