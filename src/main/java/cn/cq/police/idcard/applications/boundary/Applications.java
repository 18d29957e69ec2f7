package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.ApplicationRecords;
import cn.cq.police.idcard.applications.control.ApplicationSubmission;
import cn.cq.police.idcard.applications.control.HandOver;
import cn.cq.police.idcard.applications.control.Postings;
import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.control.SubmissionRefused.Problem;
import cn.cq.police.idcard.applications.control.SubmitRequest;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.proxies.control.ProxyDecision;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.proxies.entity.ProxyDetails;
import cn.cq.police.idcard.proxies.entity.ProxyRefusal;
import cn.cq.police.idcard.proxies.entity.RefusalReason;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.security.boundary.Logins;
import cn.cq.police.idcard.security.control.LoginLock;
import cn.cq.police.idcard.security.control.Reauthentication;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Steps 2 to 5 and 7 of the counter flow for the caller's own station: proxy decisions, submit
 * (exactly once), finding applications and handing cards over. Every method works only on the
 * caller's station.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
public class Applications {

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory staff;

  @Inject Reauthentication reauthentication;

  @Inject Logins logins;

  @Inject ApplicationSubmission submission;

  @Inject ApplicationRecords records;

  @Inject Postings postings;

  @Inject AcceptanceDayOpening acceptanceDay;

  @Inject FeeSchedules feeSchedules;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "privacy.reveal-roles", defaultValue = "CLERK,SUPERVISOR")
  List<String> revealRoles;

  @Inject
  @ConfigProperty(name = "applications.rejected-queue-days", defaultValue = "30")
  int rejectedDays;

  public ApplicationSubmission.Submitted submit(SubmitRequest request) {
    StaffAccount clerk = staff.current();
    acceptanceDay.openIfClosed(clerk.getStation(), LocalDate.now(clock));
    return submission.submit(clerk, request);
  }

  public ProxyDecision decideProxy(Receipt receipt, ApplicationType type, ProxyDetails proxy) {
    return submission.decide(staff.current().getStation(), receipt, type, proxy);
  }

  /** 核验委托: what still stops the agent section, judged as the submission will. */
  public Optional<SubmissionRefused> agentSectionProblem(
      Receipt receipt, ApplicationType type, ProxyDetails proxy) {
    return submission.agentSectionProblem(staff.current().getStation(), receipt, type, proxy);
  }

  /** The clerk turns an agent away; the reason is kept for the supervisor. */
  public void refuseProxy(Receipt receipt, ProxyDetails proxy, RefusalReason reason) {
    StaffAccount clerk = staff.current();
    ProxyRefusal refusal =
        new ProxyRefusal(
            clerk.getStation().getId(),
            receipt.getId(),
            proxy.agentIdNumber(),
            proxy.relationship(),
            reason,
            clerk.getId(),
            LocalDateTime.now(clock));
    em.persist(refusal);
    audit.record(
        clerk.actor(),
        AuditEvent.of("proxy.refused", Receipt.AUDIT_SUBJECT, receipt.getReceiptNumber())
            .withAfter(
                "reason=%s; relationship=%s; agent=%s"
                    .formatted(reason, proxy.relationship(), proxy.agentIdNumber().masked())));
  }

  /** The production fee due today for this type. */
  public Amount feeFor(ApplicationType type) {
    return feeSchedules.current().amount(type.feeKind(), LocalDate.now(clock));
  }

  /** The postage (邮寄送证) due today, from the tariff. */
  public Amount postage() {
    return feeSchedules.current().amount(FeeKind.POSTAGE, LocalDate.now(clock));
  }

  /** Where one of the station's applications is to be posted; nothing for one collected here. */
  public Optional<PostalDelivery> postalDeliveryOf(Application application) {
    return ownApplication(application)
        .filter(Application::isDeliveryByPost)
        .flatMap(own -> postings.deliveryOf(own.getId()));
  }

  /** 已邮寄: the card leaves the station by post under the courier's tracking number. */
  public Application post(Long applicationId, String trackingNumber) {
    return withHistory(postings.post(staff.current(), applicationId, trackingNumber));
  }

  /** The caller's station's applications rejected by the production centre lately. */
  public List<ApplicationRecords.Rejected> rejectedByProduction() {
    return records.rejectedByProduction(staff.current().getStation(), rejectedDays);
  }

  public List<Application> find(String term) {
    return records.find(staff.current().getStation(), term);
  }

  public Optional<Application> application(Long id) {
    return records.at(staff.current().getStation(), id).map(this::withHistory);
  }

  /** The payment of one of the caller's station's applications; nothing for another station's. */
  public Optional<Payment> paymentOf(Application application) {
    return ownApplication(application).flatMap(records::paymentOf);
  }

  public Optional<ProxyAuthorization> proxyOf(Application application) {
    return ownApplication(application).flatMap(records::proxyOf);
  }

  /** The audit entries of one of the station's applications, oldest first. */
  public List<AuditEntry> auditHistory(Long applicationId) {
    return records
        .at(staff.current().getStation(), applicationId)
        .map(application -> audit.ofSubject(Application.AUDIT_SUBJECT, application.getId()))
        .orElse(List.of());
  }

  /**
   * The applicant's full citizen ID number, for a permitted role that gives a reason and the second
   * factor again. Every reveal is audited with its reason; pages otherwise show the number masked.
   */
  public String revealIdNumber(Long applicationId, String reason, String code) {
    StaffAccount clerk = staff.current();
    if (clerk.getRoles().stream().noneMatch(role -> revealRoles.contains(role.name()))) {
      throw new SubmissionRefused(Problem.REVEAL_NOT_PERMITTED);
    }
    String trimmed = reason == null ? "" : reason.trim();
    if (trimmed.isEmpty() || trimmed.length() > 200) {
      throw new SubmissionRefused(Problem.REVEAL_REASON_MISSING);
    }
    Application application =
        records
            .at(clerk.getStation(), applicationId)
            .orElseThrow(() -> new SubmissionRefused(Problem.APPLICATION_NOT_FOUND));
    secondFactorConfirms(clerk, code);
    audit.record(
        clerk.actor(),
        AuditEvent.of("idNumber.revealed", Application.AUDIT_SUBJECT, application.getId())
            .withAfter("reason=" + trimmed));
    return application.getCitizenIdNumber().value();
  }

  /**
   * The second factor again (a one-time code, or the certificate): an unattended screen reveals
   * nothing. A wrong code counts like a failed login; a locked name reveals nothing.
   */
  private void secondFactorConfirms(StaffAccount clerk, String code) {
    if (logins.lockOf(clerk.getUsername()) != LoginLock.NONE) {
      throw new SubmissionRefused(Problem.LOCKED_OUT);
    }
    switch (reauthentication.confirmsSecondFactor(clerk.getUsername(), code)) {
      case CONFIRMED -> {
        return;
      }
      case SECOND_FACTOR_MISSING -> throw new SubmissionRefused(Problem.REVEAL_CODE_MISSING);
      default -> {
        logins.passwordFailed(clerk.getUsername());
        throw new SubmissionRefused(Problem.REVEAL_CODE_WRONG);
      }
    }
  }

  /** Whether a reveal asks for a one-time code (a certificate account gives its certificate). */
  public boolean revealAsksForCode() {
    return reauthentication.needsCode(staff.current().getUsername());
  }

  private Optional<Application> ownApplication(Application application) {
    return application == null
        ? Optional.empty()
        : records.at(staff.current().getStation(), application.getId());
  }

  public Application handOver(Long applicationId, HandOver handOver) {
    return withHistory(records.handOver(staff.current(), applicationId, handOver));
  }

  /** Loads the lazy status history (its staff are eager) while the transaction is open. */
  private Application withHistory(Application application) {
    application.getHistory();
    return application;
  }
}
