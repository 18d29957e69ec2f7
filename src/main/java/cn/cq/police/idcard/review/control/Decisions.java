package cn.cq.police.idcard.review.control;

import static cn.cq.police.idcard.review.control.DecisionRefused.Problem;

import cn.cq.police.idcard.applications.control.ProductionRelease;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.control.FeeReceipts;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.ExemptionStatus;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.entity.ApplicationDecision;
import cn.cq.police.idcard.review.entity.Decision;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a supervisor's decisions. Each one is refused on a closed day, is kept as an {@link
 * ApplicationDecision}, moves the application's status with its history, and is audited.
 */
@Dependent
public class Decisions {

  /** The status history keeps notes of up to 200 characters. */
  static final int MAX_NOTE = 200;

  /** Statuses in which an application has not left the station and can still be held. */
  static final Set<ApplicationStatus> NOT_YET_SENT =
      EnumSet.of(
          ApplicationStatus.AWAITING_APPROVAL,
          ApplicationStatus.RETURNED,
          ApplicationStatus.SUBMITTED);

  @PersistenceContext EntityManager em;

  @Inject ClosedDays closedDays;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject ProductionRelease productionRelease;

  @Inject FeeSchedules feeSchedules;

  public void approve(
      StaffAccount supervisor, Application application, Optional<Payment> payment, String note) {
    dayIsOpen(application);
    awaitingDecision(application);
    notOwn(supervisor, application);
    if (payment.map(p -> p.getExemptionStatus() == ExemptionStatus.PENDING).orElse(false)) {
      throw new DecisionRefused(Problem.EXEMPTION_PENDING);
    }
    if (payment.map(Payment::isFeeOwed).orElse(false)) {
      // The exemption was refused: the clerk collects the fee (on resubmission) before approval.
      throw new DecisionRefused(Problem.FEE_NOT_COLLECTED);
    }
    String cleanNote = optionalNote(note);
    application.approve(supervisor, now(), cleanNote);
    keep(application, Decision.APPROVED, null, cleanNote, supervisor);
    productionRelease.releaseIfSubmitted(application);
  }

  public void returnForCorrection(
      StaffAccount supervisor, Application application, ReturnReason reason, String note) {
    dayIsOpen(application);
    awaitingDecision(application);
    if (reason == null) {
      throw new DecisionRefused(Problem.REASON_MISSING);
    }
    String cleanNote = requiredNote(note);
    application.moveTo(ApplicationStatus.RETURNED, supervisor, now(), cleanNote);
    keep(application, Decision.RETURNED, reason.name(), cleanNote, supervisor);
  }

  /** Holds the application as suspected fraud: it can no longer leave the station. */
  public void flag(StaffAccount supervisor, Application application, String note) {
    dayIsOpen(application);
    if (!NOT_YET_SENT.contains(application.getStatus())) {
      throw new DecisionRefused(Problem.NOT_AWAITING_DECISION);
    }
    String cleanNote = requiredNote(note);
    application.moveTo(ApplicationStatus.SUSPECTED_FRAUD, supervisor, now(), cleanNote);
    keep(application, Decision.FLAGGED, null, cleanNote, supervisor);
  }

  /**
   * The clerk has corrected a returned application and sends it back for approval. A fee whose
   * exemption was refused is collected here: {@code method} and {@code feeReceiptNumber} are then
   * required, and the amount is the tariff of the day.
   */
  public void resubmit(
      StaffAccount clerk,
      Application application,
      Optional<Payment> payment,
      PaymentMethod method,
      String feeReceiptNumber,
      String note) {
    dayIsOpen(application);
    if (application.getStatus() != ApplicationStatus.RETURNED) {
      throw new DecisionRefused(Problem.NOT_RETURNED);
    }
    String cleanNote = requiredNote(note);
    Optional<Payment> owed = payment.filter(Payment::isFeeOwed);
    if (owed.isPresent()) {
      collectOwedFee(clerk, application, owed.get(), method, feeReceiptNumber);
    }
    application.moveTo(ApplicationStatus.AWAITING_APPROVAL, clerk, now(), cleanNote);
    keep(application, Decision.RESUBMITTED, null, cleanNote, clerk);
  }

  /** What the fee is now, for a payment whose exemption was refused; empty if nothing is owed. */
  public Optional<Amount> owedFee(Optional<Payment> payment) {
    return payment
        .filter(Payment::isFeeOwed)
        .map(p -> feeSchedules.current().amount(p.getKind(), now().toLocalDate()));
  }

  private void collectOwedFee(
      StaffAccount clerk,
      Application application,
      Payment payment,
      PaymentMethod method,
      String feeReceiptNumber) {
    String number = FeeReceipts.normalized(feeReceiptNumber);
    FeeReceipts.check(em, payment.getStationId(), method, number)
        .ifPresent(
            problem -> {
              throw new DecisionRefused(Problem.valueOf(problem.name()));
            });
    Amount amount = owedFee(Optional.of(payment)).orElseThrow();
    payment.collectOwedFee(amount, method, number);
    audit.record(
        clerk.actor(),
        AuditEvent.of("payment.collected", Application.AUDIT_SUBJECT, application.getId())
            .withAfter(
                String.format(
                    "amountFen=%d; method=%s; feeReceipt=%s; after refused exemption",
                    amount.fen(), method, number)));
  }

  public void decideExemption(
      StaffAccount supervisor,
      Application application,
      Optional<Payment> payment,
      boolean approved,
      String note) {
    dayIsOpen(application);
    Payment pending =
        payment
            .filter(p -> p.getExemptionStatus() == ExemptionStatus.PENDING)
            .orElseThrow(() -> new DecisionRefused(Problem.NO_PENDING_EXEMPTION));
    notOwn(supervisor, application);
    String cleanNote = approved ? optionalNote(note) : requiredNote(note);
    pending.decideExemption(approved);
    keep(
        application,
        approved ? Decision.EXEMPTION_APPROVED : Decision.EXEMPTION_REFUSED,
        null,
        cleanNote,
        supervisor);
  }

  public void voidPayment(
      StaffAccount supervisor, Application application, Optional<Payment> payment, String reason) {
    dayIsOpen(application);
    Payment paid =
        payment
            .filter(p -> !p.isVoided() && !p.getAmount().isZero())
            .orElseThrow(() -> new DecisionRefused(Problem.NOTHING_TO_VOID));
    String cleanReason = requiredNote(reason);
    paid.voidBy(supervisor.getId(), now(), cleanReason);
    keep(application, Decision.PAYMENT_VOIDED, null, cleanReason, supervisor);
  }

  /** At the daily close, an undecided application explicitly moves on to a later day. */
  public void carryOver(StaffAccount supervisor, Application application) {
    keep(application, Decision.CARRIED_OVER, null, null, supervisor);
  }

  public List<ApplicationDecision> of(Application application) {
    return em.createNamedQuery(ApplicationDecision.OF_APPLICATION, ApplicationDecision.class)
        .setParameter("applicationId", application.getId())
        .getResultList();
  }

  private void keep(
      Application application, Decision decision, String reasonCode, String note, StaffAccount by) {
    em.persist(new ApplicationDecision(application.getId(), decision, reasonCode, note, by, now()));
    audit.record(
        by.actor(),
        AuditEvent.of(
                "application." + decision.name().toLowerCase(),
                Application.AUDIT_SUBJECT,
                application.getId())
            .withAfter(
                "status=%s%s%s"
                    .formatted(
                        application.getStatus(),
                        reasonCode == null ? "" : "; reason=" + reasonCode,
                        note == null ? "" : "; note=" + note)));
  }

  private void dayIsOpen(Application application) {
    if (closedDays.isClosed(application.getStation(), application.getSubmittedOn())) {
      throw new DecisionRefused(Problem.DAY_CLOSED);
    }
  }

  private static void awaitingDecision(Application application) {
    if (application.getStatus() != ApplicationStatus.AWAITING_APPROVAL) {
      throw new DecisionRefused(Problem.NOT_AWAITING_DECISION);
    }
  }

  private static void notOwn(StaffAccount supervisor, Application application) {
    if (application.getSubmittedBy().getId().equals(supervisor.getId())) {
      throw new DecisionRefused(Problem.OWN_APPLICATION);
    }
  }

  private static String requiredNote(String note) {
    String clean = optionalNote(note);
    if (clean == null) {
      throw new DecisionRefused(Problem.NOTE_MISSING);
    }
    return clean;
  }

  private static String optionalNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String trimmed = note.trim();
    if (trimmed.length() > MAX_NOTE) {
      throw new DecisionRefused(Problem.NOTE_MISSING);
    }
    return trimmed;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
