package cn.cq.police.idcard.forms.boundary;

import cn.cq.police.idcard.applications.control.ApplicationRecords;
import cn.cq.police.idcard.applications.control.Postings;
import cn.cq.police.idcard.applications.control.VoucherCodes;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.forms.control.Agent;
import cn.cq.police.idcard.forms.control.AuthorizationLetterData;
import cn.cq.police.idcard.forms.control.CollectionVoucherData;
import cn.cq.police.idcard.forms.control.DailyReports;
import cn.cq.police.idcard.forms.control.FeeReceiptData;
import cn.cq.police.idcard.forms.control.FormRenderer;
import cn.cq.police.idcard.forms.control.MailingSlipData;
import cn.cq.police.idcard.forms.control.OfficialForm;
import cn.cq.police.idcard.forms.control.OfficialTerms;
import cn.cq.police.idcard.forms.control.RegistrationFormData;
import cn.cq.police.idcard.forms.control.TemporaryCardFormData;
import cn.cq.police.idcard.forms.entity.PrintedForm;
import cn.cq.police.idcard.mailing.control.PostalRegions;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.progress.control.QueryAddress;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.receipts.control.Ethnicities;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.temporary.control.TemporaryCardIssue;
import cn.cq.police.idcard.temporary.entity.TemporaryCard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

  @Inject Postings postings;

  @Inject QueryAddress progressAddress;

  @Inject DailyReports dailyReports;

  @Inject TemporaryCardIssue temporaryCards;

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
              // Nothing charged, no receipt: refused like a form that does not exist.
              records
                  .paymentOf(application)
                  .filter(Payment::isFeeReceiptIssued)
                  .map(p -> RENDERER.feeReceipt(feeReceipt(application, p)));
          case COLLECTION_VOUCHER -> Optional.of(RENDERER.collectionVoucher(voucher(application)));
          case MAILING_SLIP ->
              // Only for a card delivered by post; the first printing is kept on the delivery.
              postings
                  .deliveryOf(application.getId())
                  .filter(delivery -> application.isDeliveryByPost())
                  .map(
                      delivery -> {
                        delivery.slipPrinted(LocalDateTime.now(clock));
                        return RENDERER.mailingSlip(slip(application, delivery));
                      });
          default -> Optional.empty();
        };
    pdf.ifPresent(printed -> record(form, application.getId(), clerk, null));
    return pdf;
  }

  /**
   * A form of a temporary card — its 申领登记表 or its fee receipt — or empty when there is no such card
   * at this station, or no receipt because nothing was charged.
   */
  public Optional<byte[]> ofTemporaryCard(OfficialForm form, Long temporaryCardId) {
    StaffAccount clerk = staff.current();
    Optional<TemporaryCard> found = temporaryCards.at(clerk.getStation(), temporaryCardId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TemporaryCard card = found.get();
    Optional<Payment> payment = temporaryCards.paymentOf(card);
    Optional<byte[]> pdf =
        switch (form) {
          case TEMPORARY_CARD_FORM ->
              payment.map(p -> RENDERER.temporaryCardForm(temporaryCardForm(card, p)));
          case FEE_RECEIPT ->
              payment
                  .filter(Payment::isFeeReceiptIssued)
                  .map(p -> RENDERER.feeReceipt(feeReceipt(card, p)));
          default -> Optional.empty();
        };
    pdf.ifPresent(
        printed -> {
          audit.record(
              clerk.actor(),
              AuditEvent.of("form.printed", TemporaryCard.AUDIT_SUBJECT, card.getId())
                  .withAfter("form=" + form.name()));
          em.persist(
              PrintedForm.ofTemporaryCard(
                  form.name(),
                  card.getId(),
                  clerk.getStation().getId(),
                  clerk.getId(),
                  LocalDateTime.now(clock)));
        });
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
    byte[] pdf =
        dailyReports.render(form, supervisor.getStation(), supervisor.getDisplayName(), day);
    record(form, null, supervisor, day);
    return pdf;
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

  private RegistrationFormData registration(
      Application application, Optional<ProxyAuthorization> proxy) {
    Receipt receipt = application.getReceipt();
    ReceiptPhoto photo = em.find(ReceiptPhoto.class, receipt.getId());
    return new RegistrationFormData(
        OfficialTerms.unitOf(application.getStation()),
        application.getAcceptanceNumber(),
        receipt.getName(),
        OfficialTerms.of(receipt.getSex()),
        ethnicityOf(receipt),
        receipt.getBirthDate(),
        receipt.getCitizenIdNumber().value(),
        receipt.getHouseholdAddress(),
        RegistrationFormData.Reason.valueOf(application.getType().officialReason().name()),
        RegistrationFormData.fingerprintLine(application.getFingerprints()),
        application.getValidityStart(),
        application.getValidityEnd(),
        photo == null ? null : photo.getJpeg(),
        proxy.map(Forms::agent).orElse(null),
        application.getSubmittedBy().getDisplayName(),
        application.getSubmittedAt().toLocalDate(),
        application.getApprovedBy() == null ? null : application.getApprovedBy().getDisplayName(),
        OfficialTerms.issuingAuthorityOf(application.getStation()));
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
        OfficialTerms.unitOf(application.getStation()),
        application.getReceipt().getName(),
        application.getCitizenIdNumber().value(),
        agent(proxy),
        proxy.getDelegatedMatter(),
        proxy.getLetterDate());
  }

  private MailingSlipData slip(Application application, PostalDelivery delivery) {
    Station station = application.getStation();
    return new MailingSlipData(
        OfficialTerms.unitOf(station),
        station.getAddress(),
        delivery.getRecipientName(),
        delivery.getRecipientPhone(),
        PostalRegions.addressName(delivery.getRegionCode()) + delivery.getAddressDetail(),
        application.getAcceptanceNumber(),
        delivery.getTrackingNumber(),
        LocalDate.now(clock));
  }

  private static FeeReceiptData feeReceipt(Application application, Payment payment) {
    return new FeeReceiptData(
        OfficialTerms.unitOf(application.getStation()),
        payment.getFeeReceiptNumber(),
        application.getAcceptanceNumber(),
        application.getReceipt().getName(),
        payment.getPostage().isZero()
            ? OfficialTerms.of(payment.getKind())
            : OfficialTerms.of(payment.getKind())
                + "工本费 "
                + payment.getCardFee().yuan()
                + " 元、"
                + OfficialTerms.of(FeeKind.POSTAGE)
                + " "
                + payment.getPostage().yuan()
                + " 元",
        payment.getAmount(),
        OfficialTerms.of(payment.getMethod()),
        application.getSubmittedAt().toLocalDate(),
        application.getSubmittedBy().getDisplayName());
  }

  private TemporaryCardFormData temporaryCardForm(TemporaryCard card, Payment payment) {
    Receipt receipt = card.getReceipt();
    ReceiptPhoto photo = em.find(ReceiptPhoto.class, receipt.getId());
    return new TemporaryCardFormData(
        OfficialTerms.unitOf(card.getStation()),
        card.getCardNumber(),
        receipt.getName(),
        OfficialTerms.of(receipt.getSex()),
        ethnicityOf(receipt),
        receipt.getBirthDate(),
        card.getCitizenIdNumber().value(),
        receipt.getHouseholdAddress(),
        card.getReason().name(),
        card.getReasonNote(),
        payment.getAmount(),
        card.getValidFrom(),
        card.getValidUntil(),
        photo == null ? null : photo.getJpeg(),
        card.getIssuedBy().getDisplayName(),
        card.getIssuedAt().toLocalDate(),
        OfficialTerms.issuingAuthorityOf(card.getStation()));
  }

  private static FeeReceiptData feeReceipt(TemporaryCard card, Payment payment) {
    return new FeeReceiptData(
        OfficialTerms.unitOf(card.getStation()),
        payment.getFeeReceiptNumber(),
        card.getCardNumber(),
        card.getReceipt().getName(),
        OfficialTerms.of(payment.getKind()),
        payment.getAmount(),
        OfficialTerms.of(payment.getMethod()),
        card.getIssuedAt().toLocalDate(),
        card.getIssuedBy().getDisplayName());
  }

  /** The ethnicity as the forms print it: "汉", not "汉族". */
  private static String ethnicityOf(Receipt receipt) {
    return Ethnicities.name(receipt.getEthnicityCode()).replaceFirst("族$", "");
  }

  private CollectionVoucherData voucher(Application application) {
    Station station = application.getStation();
    return new CollectionVoucherData(
        application.getAcceptanceNumber(),
        application.getReceipt().getName(),
        application.getCitizenIdNumber().value(),
        application.getPromisedPickupDate(),
        OfficialTerms.unitOf(station),
        station.getAddress(),
        station.getOfficeHours(),
        voucherCodes.current().codeFor(application.getAcceptanceNumber()),
        progressAddress.getUrl());
  }
}
