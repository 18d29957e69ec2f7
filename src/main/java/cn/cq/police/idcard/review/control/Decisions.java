package cn.cq.police.idcard.review.control;

import static cn.cq.police.idcard.review.control.DecisionRefused.Problem;

import cn.cq.police.idcard.applications.control.ApplicationCorrections;
import cn.cq.police.idcard.applications.control.Correction;
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
import cn.cq.police.idcard.review.entity.CorrectionField;
import cn.cq.police.idcard.review.entity.Decision;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @Inject ApplicationCorrections corrections;

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
    returnForCorrection(supervisor, application, reason, Set.of(), note);
  }

  /**
   * Returns the application naming the fields the clerk is to correct (none: the clerk corrects
   * what the note says outside the record, and resubmits with a note, as before).
   */
  public void returnForCorrection(
      StaffAccount supervisor,
      Application application,
      ReturnReason reason,
      Set<CorrectionField> fields,
      String note) {
    dayIsOpen(application);
    awaitingDecision(application);
    if (reason == null) {
      throw new DecisionRefused(Problem.REASON_MISSING);
    }
    String cleanNote = requiredNote(note);
    Set<CorrectionField> named = fields == null ? Set.of() : fields;
    if (application.isInPerson()
        && (named.contains(CorrectionField.AGENT_PHONE)
            || named.contains(CorrectionField.LETTER_DATE))) {
      // An applicant who came in person has no agent or letter to correct.
      throw new DecisionRefused(Problem.FIELD_NOT_RETURNED);
    }
    application.moveTo(ApplicationStatus.RETURNED, supervisor, now(), cleanNote);
    em.persist(
        ApplicationDecision.returned(
            application.getId(), reason.name(), named, cleanNote, supervisor, now()));
    audited(application, Decision.RETURNED, reason.name(), cleanNote, supervisor, named);
  }

  /** The fields the latest return of the application named for correction. */
  public Set<CorrectionField> fieldsToCorrect(Application application) {
    ApplicationDecision last = lastReturns(List.of(application.getId())).get(application.getId());
    return last == null ? Set.of() : last.getCorrectionFields();
  }

  /** The latest return of each of the applications, by application id, in one query. */
  public Map<Long, ApplicationDecision> lastReturns(Collection<Long> applicationIds) {
    Map<Long, ApplicationDecision> last = new HashMap<>();
    if (!applicationIds.isEmpty()) {
      em.createQuery(
              "select d from ApplicationDecision d where d.applicationId in :ids"
                  + " and d.decision = :returned order by d.decidedAt, d.id",
              ApplicationDecision.class)
          .setParameter("ids", applicationIds)
          .setParameter("returned", Decision.RETURNED)
          .getResultStream()
          .forEach(decision -> last.put(decision.getApplicationId(), decision));
    }
    return last;
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
    resubmit(clerk, application, payment, method, feeReceiptNumber, Correction.NONE, note);
  }

  /**
   * Resubmission with the clerk's corrections: exactly the fields the return named may change, and
   * each one named must be given; they are judged as at the counter (ApplicationCorrections).
   */
  public void resubmit(
      StaffAccount clerk,
      Application application,
      Optional<Payment> payment,
      PaymentMethod method,
      String feeReceiptNumber,
      Correction correction,
      String note) {
    dayIsOpen(application);
    if (application.getStatus() != ApplicationStatus.RETURNED) {
      throw new DecisionRefused(Problem.NOT_RETURNED);
    }
    String cleanNote = requiredNote(note);
    Set<CorrectionField> named = fieldsToCorrect(application);
    Set<CorrectionField> given = given(correction);
    if (!named.containsAll(given)) {
      throw new DecisionRefused(Problem.FIELD_NOT_RETURNED);
    }
    // The charge may stay as it was when only the type was named and its fee did not change.
    Set<CorrectionField> required = EnumSet.noneOf(CorrectionField.class);
    required.addAll(named);
    required.remove(CorrectionField.FEE_RECEIPT);
    if (!given.containsAll(required)) {
      throw new DecisionRefused(Problem.CORRECTION_MISSING);
    }
    if (named.contains(CorrectionField.FEE_RECEIPT)
        && !given.contains(CorrectionField.FEE_RECEIPT)
        && !named.contains(CorrectionField.APPLICATION_TYPE)) {
      throw new DecisionRefused(Problem.CORRECTION_MISSING);
    }
    if (!given.isEmpty()) {
      corrections.apply(clerk, application, payment.orElseThrow(), correction);
    }
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
    audited(application, decision, reasonCode, note, by, Set.of());
  }

  private void audited(
      Application application,
      Decision decision,
      String reasonCode,
      String note,
      StaffAccount by,
      Set<CorrectionField> fields) {
    audit.record(
        by.actor(),
        AuditEvent.of(
                "application." + decision.name().toLowerCase(),
                Application.AUDIT_SUBJECT,
                application.getId())
            .withAfter(
                "status=%s%s%s%s"
                    .formatted(
                        application.getStatus(),
                        reasonCode == null ? "" : "; reason=" + reasonCode,
                        fields.isEmpty() ? "" : "; correct=" + CorrectionField.store(fields),
                        note == null ? "" : "; note=" + note)));
  }

  private static Set<CorrectionField> given(Correction correction) {
    Set<CorrectionField> given = EnumSet.noneOf(CorrectionField.class);
    if (correction.type() != null) {
      given.add(CorrectionField.APPLICATION_TYPE);
    }
    if (correction.fingerprints() != null) {
      given.add(CorrectionField.FINGERPRINTS);
    }
    if (correction.agentPhone() != null) {
      given.add(CorrectionField.AGENT_PHONE);
    }
    if (correction.letterDate() != null) {
      given.add(CorrectionField.LETTER_DATE);
    }
    if (correction.chargesAnew()) {
      given.add(CorrectionField.FEE_RECEIPT);
    }
    return given;
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
