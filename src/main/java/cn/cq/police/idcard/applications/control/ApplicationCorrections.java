package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.control.SubmissionRefused.Problem;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.control.FeeReceipts;
import cn.cq.police.idcard.fees.control.FeeSchedules;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.proxies.control.EligibilityRules;
import cn.cq.police.idcard.proxies.control.ProxyDecision;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies a clerk's corrections to a returned application, judging them as the submission judged
 * the original: a new type has its fee (with any relief) and the proxy policy judged again, and a
 * fee that changes must be charged anew with a fee receipt; an agent's phone and the letter's date
 * are checked as at the counter. All or nothing; the audit keeps what each field was and became.
 */
@Dependent
public class ApplicationCorrections {

  @PersistenceContext EntityManager em;

  @Inject FeeSchedules feeSchedules;

  @Inject AuditTrail audit;

  public void apply(
      StaffAccount clerk, Application application, Payment payment, Correction correction) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    ProxyAuthorization proxy =
        application.isInPerson() ? null : em.find(ProxyAuthorization.class, application.getId());
    LocalDate submittedOn = application.getSubmittedOn();

    ApplicationType type = Objects.requireNonNullElse(correction.type(), application.getType());
    if (proxy != null && correction.type() != null) {
      ProxyDecision decision =
          EligibilityRules.from(application.getStation().getEligibilityPolicy())
              .decide(
                  ApplicationSubmission.proxyCase(
                      application.getReceipt(),
                      type,
                      proxy.getRelationship(),
                      proxy.isApplicantDisabledOrBedridden(),
                      proxy.isApplicantAbroad(),
                      submittedOn));
      if (!decision.accepted()) {
        throw new SubmissionRefused(Problem.PROXY_NOT_ELIGIBLE, decision.reason().name());
      }
    }
    if (correction.agentPhone() != null) {
      if (proxy == null || !ApplicationSubmission.isPhone(correction.agentPhone())) {
        throw new SubmissionRefused(Problem.AGENT_PHONE_INVALID);
      }
    }
    if (correction.letterDate() != null) {
      if (proxy == null
          || !ApplicationSubmission.isLetterDateValid(correction.letterDate(), submittedOn)) {
        throw new SubmissionRefused(Problem.LETTER_DATE_INVALID);
      }
    }

    // The fee of the (corrected) type on the day of submission, after any relief.
    Amount tariff = feeSchedules.current().amount(type.feeKind(), submittedOn);
    if (payment.getRelief() != null && !type.allowsFeeRelief()) {
      throw new SubmissionRefused(Problem.RELIEF_NOT_FOR_LOST_CARD);
    }
    Amount due = payment.getRelief() == null ? tariff : payment.getRelief().applyTo(tariff);
    boolean waived = payment.isExempted();
    String number = FeeReceipts.normalized(correction.feeReceiptNumber());
    if (!waived && !payment.isVoided()) {
      boolean feeChanges = !due.equals(payment.getCardFee());
      if (feeChanges && !due.plus(payment.getPostage()).isZero() && !correction.chargesAnew()) {
        throw new SubmissionRefused(Problem.FEE_CHANGED, due.yuan());
      }
      if (correction.chargesAnew() && !Objects.equals(number, payment.getFeeReceiptNumber())) {
        FeeReceipts.check(em, payment.getStationId(), correction.method(), number)
            .ifPresent(
                problem -> {
                  throw new SubmissionRefused(Problem.valueOf(problem.name()), number);
                });
      }
      if (feeChanges || correction.chargesAnew()) {
        before.add(charge(payment.getAmount(), payment.getFeeReceiptNumber()));
        payment.correctCharge(
            type.feeKind(),
            due,
            correction.chargesAnew() ? correction.method() : payment.getMethod(),
            correction.chargesAnew() ? number : payment.getFeeReceiptNumber());
        after.add(charge(payment.getAmount(), payment.getFeeReceiptNumber()));
      }
    } else if (waived && correction.type() != null) {
      payment.correctWaivedKind(type.feeKind());
    }

    if (correction.type() != null && correction.type() != application.getType()) {
      before.add("type=" + application.getType());
      application.correctType(type);
      after.add("type=" + type);
    }
    if (correction.fingerprints() != null) {
      before.add("fingerprints=" + application.getFingerprints().getStatus());
      application.correctFingerprints(correction.fingerprints());
      after.add("fingerprints=" + correction.fingerprints().getStatus());
    }
    if (correction.agentPhone() != null) {
      before.add("agentPhone=" + proxy.getAgentPhone());
      proxy.correctAgentPhone(correction.agentPhone().trim());
      after.add("agentPhone=" + proxy.getAgentPhone());
    }
    if (correction.letterDate() != null) {
      before.add("letterDate=" + proxy.getLetterDate());
      proxy.correctLetterDate(correction.letterDate());
      after.add("letterDate=" + correction.letterDate());
    }
    if (!after.isEmpty()) {
      audit.record(
          clerk.actor(),
          AuditEvent.of("application.corrected", Application.AUDIT_SUBJECT, application.getId())
              .withBefore(String.join("; ", before))
              .withAfter(String.join("; ", after)));
    }
  }

  private static String charge(Amount amount, String feeReceiptNumber) {
    return "amountFen=" + amount.fen() + "; feeReceipt=" + feeReceiptNumber;
  }
}
