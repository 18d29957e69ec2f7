package cn.cq.police.idcard.forms.boundary;

import cn.cq.police.idcard.applications.control.ApplicationRecords;
import cn.cq.police.idcard.applications.control.VoucherCodes;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.forms.control.Agent;
import cn.cq.police.idcard.forms.control.AuthorizationLetterData;
import cn.cq.police.idcard.forms.control.CollectionVoucherData;
import cn.cq.police.idcard.forms.control.DailyReportData;
import cn.cq.police.idcard.forms.control.FeeReceiptData;
import cn.cq.police.idcard.forms.control.FormRenderer;
import cn.cq.police.idcard.forms.control.OfficialForm;
import cn.cq.police.idcard.forms.control.OfficialTerms;
import cn.cq.police.idcard.forms.control.RegistrationFormData;
import cn.cq.police.idcard.forms.entity.PrintedForm;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.receipts.control.Ethnicities;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The official forms of the caller's own station as PDF, each printing recorded (who, when, which
 * form). An application of another station renders nothing.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
public class Forms {

  private static final FormRenderer RENDERER = new FormRenderer();

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory staff;

  @Inject ApplicationRecords records;

  @Inject VoucherCodes voucherCodes;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  /** The form of an application, or empty when there is no such application at this station. */
  public Optional<byte[]> ofApplication(OfficialForm form, Long applicationId) {
    StaffAccount clerk = staff.current();
    Optional<Application> found = records.at(clerk.getStation(), applicationId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Application application = found.get();
    Optional<ProxyAuthorization> proxy = records.proxyOf(application);
    Optional<byte[]> pdf =
        switch (form) {
          case REGISTRATION_FORM ->
              Optional.of(RENDERER.registrationForm(registration(application, proxy)));
          case AUTHORIZATION_LETTER ->
              proxy.map(p -> RENDERER.authorizationLetter(letter(application, p)));
          case FEE_RECEIPT ->
              records
                  .paymentOf(application)
                  .map(p -> RENDERER.feeReceipt(feeReceipt(application, p)));
          case COLLECTION_VOUCHER -> Optional.of(RENDERER.collectionVoucher(voucher(application)));
          default -> Optional.empty();
        };
    pdf.ifPresent(printed -> record(form, application.getId(), clerk, null));
    return pdf;
  }

  /** A blank authorisation letter (委托书) for families to fill in. */
  public byte[] blankAuthorizationLetter() {
    record(OfficialForm.AUTHORIZATION_LETTER, null, staff.current(), null);
    return RENDERER.authorizationLetter(AuthorizationLetterData.blank());
  }

  /** 每日受理汇总表 or 日结单 of the caller's station for a day. */
  @RolesAllowed(Role.Names.SUPERVISOR)
  public byte[] dailyReport(OfficialForm form, LocalDate day) {
    StaffAccount supervisor = staff.current();
    DailyReportData data = daily(supervisor, day);
    record(form, null, supervisor, day);
    return form == OfficialForm.DAILY_CLOSE
        ? RENDERER.dailyClose(data)
        : RENDERER.dailySummary(data);
  }

  private void record(OfficialForm form, Long applicationId, StaffAccount by, LocalDate day) {
    audit.record(
        by.actor(),
        applicationId != null
            ? AuditEvent.of("form.printed", Application.AUDIT_SUBJECT, applicationId)
                .withAfter("form=" + form.name())
            : AuditEvent.of("form.printed", "station", by.getStation().getCode())
                .withAfter("form=" + form.name() + (day == null ? "" : "; day=" + day)));
    em.persist(
        new PrintedForm(
            form.name(),
            applicationId,
            by.getStation().getId(),
            day,
            by.getId(),
            LocalDateTime.now(clock)));
  }

  static String stationName(Station station) {
    return "重庆市公安局" + station.getDistrict() + "分局" + station.getName();
  }

  private RegistrationFormData registration(
      Application application, Optional<ProxyAuthorization> proxy) {
    Receipt receipt = application.getReceipt();
    ReceiptPhoto photo = em.find(ReceiptPhoto.class, receipt.getId());
    return new RegistrationFormData(
        stationName(application.getStation()),
        application.getAcceptanceNumber(),
        receipt.getName(),
        OfficialTerms.of(receipt.getSex()),
        Ethnicities.name(receipt.getEthnicityCode()).replaceFirst("族$", ""),
        receipt.getBirthDate(),
        receipt.getCitizenIdNumber().value(),
        receipt.getHouseholdAddress(),
        RegistrationFormData.Reason.valueOf(application.getType().officialReason().name()),
        fingerprintLine(application.getFingerprints()),
        application.getValidityStart(),
        application.getValidityEnd(),
        photo == null ? null : photo.getJpeg(),
        proxy.map(Forms::agent).orElse(null),
        application.getSubmittedBy().getDisplayName(),
        application.getSubmittedAt().toLocalDate());
  }

  private static String fingerprintLine(Fingerprints fingerprints) {
    return switch (fingerprints.getStatus()) {
      case REGISTERED ->
          RegistrationFormData.fingerprintsRegistered(
              OfficialTerms.of(fingerprints.getFirst()),
              OfficialTerms.of(fingerprints.getSecond()));
      case REGISTRATION_FAILED -> RegistrationFormData.fingerprintsFailed();
      case NOT_REGISTERED ->
          RegistrationFormData.fingerprintsNotRegistered(
              OfficialTerms.of(fingerprints.getException()));
    };
  }

  private static Agent agent(ProxyAuthorization proxy) {
    return new Agent(
        proxy.getAgentName(),
        proxy.getAgentIdNumber().value(),
        proxy.getAgentPhone(),
        OfficialTerms.of(proxy.getRelationship()));
  }

  private static AuthorizationLetterData letter(Application application, ProxyAuthorization proxy) {
    return new AuthorizationLetterData(
        stationName(application.getStation()),
        application.getReceipt().getName(),
        application.getCitizenIdNumber().value(),
        agent(proxy),
        proxy.getDelegatedMatter(),
        proxy.getLetterDate());
  }

  private static FeeReceiptData feeReceipt(Application application, Payment payment) {
    return new FeeReceiptData(
        stationName(application.getStation()),
        payment.getFeeReceiptNumber(),
        application.getAcceptanceNumber(),
        application.getReceipt().getName(),
        OfficialTerms.of(payment.getKind()),
        payment.getAmountFen(),
        payment.getMethod() == null ? null : OfficialTerms.of(payment.getMethod()),
        payment.getExemptionReason(),
        application.getSubmittedAt().toLocalDate(),
        application.getSubmittedBy().getDisplayName());
  }

  private CollectionVoucherData voucher(Application application) {
    Station station = application.getStation();
    return new CollectionVoucherData(
        application.getAcceptanceNumber(),
        application.getReceipt().getName(),
        application.getCitizenIdNumber().value(),
        application.getPromisedPickupDate(),
        stationName(station),
        station.getAddress(),
        station.getOfficeHours(),
        voucherCodes.current().codeFor(application.getAcceptanceNumber()));
  }

  /** Applications of the station submitted in [from, to), counted by one enum attribute. */
  private List<DailyReportData.CountRow> countsBy(
      String attribute, Station station, LocalDateTime from, LocalDateTime to) {
    return em.createQuery(
            "select a."
                + attribute
                + ", count(a) from Application a where a.station = :station"
                + " and a.submittedAt >= :from and a.submittedAt < :to group by a."
                + attribute
                + " order by a."
                + attribute,
            Object[].class)
        .setParameter("station", station)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(row -> new DailyReportData.CountRow(OfficialTerms.of((Enum<?>) row[0]), (Long) row[1]))
        .toList();
  }

  private DailyReportData daily(StaffAccount supervisor, LocalDate day) {
    Station station = supervisor.getStation();
    LocalDateTime from = day.atStartOfDay();
    LocalDateTime to = day.plusDays(1).atStartOfDay();
    List<DailyReportData.CountRow> byType = countsBy("type", station, from, to);
    List<DailyReportData.CountRow> byStatus = countsBy("status", station, from, to);
    List<DailyReportData.FeeRow> fees =
        em.createQuery(
                "select p.method, count(p), sum(p.amountFen) from Payment p where p.stationId ="
                    + " :stationId and p.createdAt >= :from and p.createdAt < :to and p.voided ="
                    + " false group by p.method order by p.method",
                Object[].class)
            .setParameter("stationId", station.getId())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultStream()
            .map(
                row ->
                    new DailyReportData.FeeRow(
                        row[0] == null ? "免收/无需收费" : OfficialTerms.of((Enum<?>) row[0]),
                        (Long) row[1],
                        ((Number) row[2]).longValue()))
            .toList();
    List<String> feeReceipts =
        em.createQuery(
                "select p.feeReceiptNumber from Payment p where p.stationId = :stationId"
                    + " and p.createdAt >= :from and p.createdAt < :to"
                    + " and p.feeReceiptNumber is not null order by p.feeReceiptNumber",
                String.class)
            .setParameter("stationId", station.getId())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    return new DailyReportData(
        stationName(station),
        day,
        byType,
        byStatus,
        fees,
        feeReceipts,
        supervisor.getDisplayName());
  }
}
