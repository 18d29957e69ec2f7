package cn.cq.police.idcard.applications.control;

import static cn.cq.police.idcard.applications.control.SubmissionRefused.Problem;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.MobileNumber;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.control.FeeReceipts;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRelief;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.mailing.control.PostalRequest;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.proxies.control.EligibilityRule;
import cn.cq.police.idcard.proxies.control.EligibilityRules;
import cn.cq.police.idcard.proxies.control.ProxyCase;
import cn.cq.police.idcard.proxies.control.ProxyDecision;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.proxies.entity.ProxyDetails;
import cn.cq.police.idcard.proxies.entity.Relationship;
import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Submits an application exactly once, in the caller's transaction: locks the receipt, judges it
 * again, and then creates the application, its payment and proxy record, marks the receipt used and
 * assigns the acceptance number and pickup date — all or nothing. A second submit of the same
 * receipt waits for the lock and then finds it used; a retry with the same submission token gets
 * the application the first attempt created.
 */
@Dependent
public class ApplicationSubmission {

  private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");
  @PersistenceContext EntityManager em;

  @Inject ReceiptEligibility eligibility;

  @Inject AcceptanceNumbers acceptanceNumbers;

  @Inject StationCalendar calendar;

  @Inject FeeSchedules feeSchedules;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  @Inject Event<Submitting> submitting;

  @Inject ProductionRelease productionRelease;

  @Inject Event<NoticeRequested> noticeRequested;

  @Inject ApplicationRecords records;

  /**
   * The outcome: the application, whether this call created it or found it from a retry, and
   * whether its payment has a fee receipt — read in the submitting transaction, because a failure
   * after the commit would show the clerk an error page for an application that was stored.
   */
  public record Submitted(Application application, boolean repeated, boolean feeReceiptIssued) {}

  public Submitted submit(StaffAccount clerk, SubmitRequest request) {
    Optional<Application> earlier = byToken(request.submissionToken());
    if (earlier.isPresent()) {
      return repeated(earlier.get());
    }
    Station station = clerk.getStation();
    eligibility.lockReceipt(request.receiptNumber());
    earlier = byToken(request.submissionToken());
    if (earlier.isPresent()) {
      return repeated(earlier.get());
    }
    ReceiptLookup lookup = eligibility.lookUp(station, request.receiptNumber(), request.idNumber());
    if (!lookup.outcome().isUsable()) {
      throw new SubmissionRefused(Problem.RECEIPT_NOT_USABLE, lookup.outcome().name());
    }
    Receipt receipt = lookup.receipt();
    if (request.type() == null) {
      throw new SubmissionRefused(Problem.APPLICATION_TYPE_MISSING);
    }
    if (request.fingerprints() == null) {
      throw new SubmissionRefused(Problem.FINGERPRINTS_INVALID);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    // A closed day takes no submission: its owner, the daily close, refuses it here.
    submitting.fire(new Submitting(station, today));
    EligibilityRule rule = EligibilityRules.from(station.getEligibilityPolicy());
    if (request.proxy() != null) {
      checkProxy(rule, receipt, request.type(), request.proxy(), today);
    }
    Amount fee = feeSchedules.current().amount(request.type().feeKind(), today);
    FeeRelief relief = request.relief();
    if (relief != null) {
      if (!request.type().allowsFeeRelief()) {
        throw new SubmissionRefused(Problem.RELIEF_NOT_FOR_LOST_CARD);
      }
      if (request.reliefReason() == null
          || request.reliefReason().isBlank()
          || request.reliefReason().trim().length() > 200) {
        throw new SubmissionRefused(Problem.EXEMPTION_REASON_MISSING);
      }
    }
    Optional<MobileNumber> noticeMobile = noticeMobile(request.notice());
    boolean exempted = relief != null && !relief.halves();
    PostalDelivery.Address postalAddress = null;
    Amount postage = Amount.ZERO;
    if (request.postal() != null) {
      postalAddress = checkPostal(request.postal());
      if (exempted) {
        // A waived fee issues no fee receipt, which the postage would need.
        throw new SubmissionRefused(Problem.POSTAGE_WITH_WAIVER);
      }
      postage = feeSchedules.current().amount(FeeKind.POSTAGE, today);
    }
    Amount due = (relief == null ? fee : relief.applyTo(fee)).plus(postage);
    if (!due.isZero()) {
      checkPayment(station, request);
    }

    CardValidity validity = CardValidity.of(receipt.getBirthDate(), today);
    boolean needsApproval =
        station.isApprovalForAll()
            || request.proxy() != null
            || request.fingerprints().isException()
            || relief != null;
    Application application =
        new Application(
            receipt,
            station,
            acceptanceNumbers.next(station, today),
            clerk,
            now,
            new Application.Terms(
                request.type(),
                request.proxy() == null,
                request.fingerprints(),
                validity.start(),
                validity.end(),
                calendar.workingDays().addWorkingDays(today, station.getWorkingDaysToPickup()),
                needsApproval,
                request.submissionToken()));
    if (postalAddress != null) {
      application.deliverByPost();
    }
    receipt.markUsed();
    em.persist(application);
    em.flush();
    Payment payment;
    if (exempted) {
      payment =
          Payment.exempted(
              application.getId(),
              station.getId(),
              request.type().feeKind(),
              relief,
              request.reliefReason().trim(),
              clerk.getId(),
              now);
    } else if (relief != null) {
      payment =
          Payment.reduced(
              application.getId(),
              station.getId(),
              request.type().feeKind(),
              fee,
              relief,
              request.reliefReason().trim(),
              request.paymentMethod(),
              FeeReceipts.normalized(request.feeReceiptNumber()),
              clerk.getId(),
              now);
    } else {
      payment =
          Payment.charged(
              application.getId(),
              station.getId(),
              request.type().feeKind(),
              fee,
              request.paymentMethod(),
              FeeReceipts.normalized(request.feeReceiptNumber()),
              clerk.getId(),
              now);
    }
    payment.addPostage(
        postage, request.paymentMethod(), FeeReceipts.normalized(request.feeReceiptNumber()));
    em.persist(payment);
    if (postalAddress != null) {
      em.persist(
          new PostalDelivery(
              application.getId(),
              station.getId(),
              postalAddress,
              request.postal().oldCardSurrendered(),
              request.postal().oldCardSurrendered()
                  ? null
                  : PostalRequest.clean(request.postal().oldCardNote())));
    }
    if (request.proxy() != null) {
      em.persist(new ProxyAuthorization(application.getId(), rule.code(), request.proxy()));
    }
    em.flush();
    audit.record(
        clerk.actor(),
        AuditEvent.of("receipt.used", Receipt.AUDIT_SUBJECT, receipt.getReceiptNumber())
            .withBefore("status=USABLE")
            .withAfter("status=USED; application=" + application.getAcceptanceNumber()));
    audit.record(
        clerk.actor(),
        AuditEvent.of("payment.recorded", "payment", payment.getId())
            .withAfter(
                "application=%s; amountFen=%d; method=%s; exemption=%s"
                    .formatted(
                        application.getAcceptanceNumber(),
                        payment.getAmount().fen(),
                        payment.getMethod(),
                        payment.getExemptionStatus())));
    audit.record(
        clerk.actor(),
        AuditEvent.of("application.submitted", Application.AUDIT_SUBJECT, application.getId())
            .withAfter(
                "acceptanceNumber=%s; type=%s; inPerson=%s; status=%s; fee=%s; exempted=%s%s"
                    .formatted(
                        application.getAcceptanceNumber(),
                        request.type(),
                        request.proxy() == null,
                        application.getStatus(),
                        due.fen(),
                        exempted,
                        postalAddress == null
                            ? ""
                            : "; byPost=true; postageFen=%d; region=%s; oldCardSurrendered=%s"
                                .formatted(
                                    postage.fen(),
                                    postalAddress.regionCode(),
                                    request.postal().oldCardSurrendered()))));
    noticeMobile.ifPresent(
        mobile ->
            noticeRequested.fire(
                new NoticeRequested(application, mobile, request.proxy() != null, clerk, now)));
    productionRelease.releaseIfSubmitted(application);
    return new Submitted(application, false, payment.isFeeReceiptIssued());
  }

  private Submitted repeated(Application earlier) {
    return new Submitted(
        earlier, true, records.paymentOf(earlier).map(Payment::isFeeReceiptIssued).orElse(false));
  }

  /**
   * Whether the station's day is closed to new applications, asked of the same observers a
   * submission asks (the daily close), so the clerk learns it at look-up, not after the whole form.
   */
  public boolean todayClosed(Station station) {
    try {
      submitting.fire(new Submitting(station, LocalDate.now(clock)));
      return false;
    } catch (SubmissionRefused refused) {
      if (refused.problem() == Problem.DAY_CLOSED) {
        return true;
      }
      throw refused;
    }
  }

  /** The station's policy applied to a proxy request, before anything is stored. */
  public ProxyDecision decide(
      Station station, Receipt receipt, ApplicationType type, ProxyDetails proxy) {
    return EligibilityRules.from(station.getEligibilityPolicy())
        .decide(proxyCase(receipt, type, proxy, LocalDate.now(clock)));
  }

  /**
   * 核验委托: the agent section alone, judged as the submission will judge it (the agent's particulars,
   * the policy, the checklist, the undertaking, the video call) — empty when the agent may go
   * ahead.
   */
  public Optional<SubmissionRefused> agentSectionProblem(
      Station station, Receipt receipt, ApplicationType type, ProxyDetails proxy) {
    try {
      checkProxy(
          EligibilityRules.from(station.getEligibilityPolicy()),
          receipt,
          type,
          proxy,
          LocalDate.now(clock));
      return Optional.empty();
    } catch (SubmissionRefused refused) {
      return Optional.of(refused);
    }
  }

  private static ProxyCase proxyCase(
      Receipt receipt, ApplicationType type, ProxyDetails proxy, LocalDate today) {
    return proxyCase(
        receipt,
        type,
        proxy.relationship(),
        proxy.applicantDisabledOrBedridden(),
        proxy.applicantAbroad(),
        today);
  }

  /** The facts the station's proxy policy judges, on the day of the application. */
  static ProxyCase proxyCase(
      Receipt receipt,
      ApplicationType type,
      Relationship relationship,
      boolean applicantDisabledOrBedridden,
      boolean applicantAbroad,
      LocalDate day) {
    return new ProxyCase(
        relationship,
        Period.between(receipt.getBirthDate(), day).getYears(),
        applicantDisabledOrBedridden,
        applicantAbroad,
        // Before the type is chosen (核验委托 judges the agent section alone) it is not held
        // against the agent; the submission judges it.
        type == null || type == ApplicationType.RENEWAL_ON_EXPIRY);
  }

  /** An agent's phone as the counter takes it: a mobile or a landline with area code. */
  static boolean isPhone(String phone) {
    return phone != null && PHONE.matcher(phone.trim()).matches();
  }

  /** The arrival notice's number, checked before anything is stored; empty when none is wanted. */
  static Optional<MobileNumber> noticeMobile(NoticeRequest notice) {
    if (notice == null || !notice.wanted()) {
      return Optional.empty();
    }
    MobileNumber mobile =
        MobileNumber.parse(notice.mobile())
            .orElseThrow(() -> new SubmissionRefused(Problem.NOTICE_MOBILE_INVALID));
    if (!notice.consented()) {
      throw new SubmissionRefused(Problem.NOTICE_CONSENT_MISSING);
    }
    return Optional.of(mobile);
  }

  /** An authorization letter counts when dated within the year before the application day. */
  static boolean isLetterDateValid(LocalDate letterDate, LocalDate day) {
    return letterDate != null
        && !letterDate.isAfter(day)
        && !letterDate.isBefore(day.minusYears(1));
  }

  private static void checkProxy(
      EligibilityRule rule,
      Receipt receipt,
      ApplicationType type,
      ProxyDetails proxy,
      LocalDate today) {
    if (isBlank(proxy.agentName()) || proxy.agentName().trim().length() > 50) {
      throw new SubmissionRefused(Problem.AGENT_NAME_MISSING);
    }
    if (proxy.agentIdNumber() == null) {
      throw new SubmissionRefused(Problem.AGENT_ID_MISSING);
    }
    if (receipt.belongsTo(proxy.agentIdNumber())) {
      throw new SubmissionRefused(Problem.AGENT_IS_APPLICANT);
    }
    if (!isPhone(proxy.agentPhone())) {
      throw new SubmissionRefused(Problem.AGENT_PHONE_INVALID);
    }
    if (!isLetterDateValid(proxy.letterDate(), today)) {
      throw new SubmissionRefused(Problem.LETTER_DATE_INVALID);
    }
    if (isBlank(proxy.delegatedMatter()) || proxy.delegatedMatter().trim().length() > 200) {
      throw new SubmissionRefused(Problem.DELEGATED_MATTER_MISSING);
    }
    ProxyDecision decision = rule.decide(proxyCase(receipt, type, proxy, today));
    if (!decision.accepted()) {
      throw new SubmissionRefused(Problem.PROXY_NOT_ELIGIBLE, decision.reason().name());
    }
    ProxyDetails.Checklist checklist = proxy.checklist();
    if (!checklist.agentIdCardSeen()
        || !checklist.principalSignaturesSeen()
        || !checklist.relationshipEvidenceSeen()) {
      throw new SubmissionRefused(Problem.CHECKLIST_INCOMPLETE);
    }
    if (rule.requiresUndertaking() && !checklist.undertakingSigned()) {
      throw new SubmissionRefused(Problem.UNDERTAKING_MISSING);
    }
    if (rule.requiresVideoCall()
        && (!checklist.videoCallDone() || proxy.videoCallScreenshot() == null)) {
      throw new SubmissionRefused(Problem.VIDEO_CALL_MISSING);
    }
  }

  /**
   * The address of a card to be posted, checked as the counter takes it: a recipient, a phone, a
   * current region of Chongqing, the rest of the address, and the old card's fate.
   */
  static PostalDelivery.Address checkPostal(PostalRequest postal) {
    String name = PostalRequest.clean(postal.recipientName());
    if (!PostalRequest.isPrintable(name, PostalRequest.MAX_NAME)) {
      throw new SubmissionRefused(Problem.POSTAL_RECIPIENT_MISSING);
    }
    String phone = PostalRequest.clean(postal.recipientPhone());
    if (!isPhone(phone)) {
      throw new SubmissionRefused(Problem.POSTAL_PHONE_INVALID);
    }
    if (ChongqingRegions.findCurrent(postal.regionCode()).isEmpty()) {
      throw new SubmissionRefused(Problem.POSTAL_REGION_INVALID);
    }
    String detail = PostalRequest.clean(postal.addressDetail());
    if (!PostalRequest.isPrintable(detail, PostalRequest.MAX_DETAIL)) {
      throw new SubmissionRefused(Problem.POSTAL_ADDRESS_MISSING);
    }
    String note = PostalRequest.clean(postal.oldCardNote());
    if (!postal.oldCardSurrendered()
        && !PostalRequest.isPrintable(note, PostalRequest.MAX_DETAIL)) {
      throw new SubmissionRefused(Problem.POSTAL_OLD_CARD_NOTE_MISSING);
    }
    return new PostalDelivery.Address(name, phone, postal.regionCode(), detail);
  }

  private void checkPayment(Station station, SubmitRequest request) {
    String feeReceipt = FeeReceipts.normalized(request.feeReceiptNumber());
    FeeReceipts.check(em, station.getId(), request.paymentMethod(), feeReceipt)
        .ifPresent(
            problem -> {
              Problem refused = Problem.valueOf(problem.name());
              throw refused == Problem.FEE_RECEIPT_TAKEN
                  ? new SubmissionRefused(refused, feeReceipt)
                  : new SubmissionRefused(refused);
            });
  }

  private Optional<Application> byToken(String token) {
    if (isBlank(token)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Application.BY_TOKEN, Application.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
