package cn.cq.police.idcard.feeds.control;

import cn.cq.police.idcard.applications.control.CardReady;
import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.feeds.entity.StatusReport;
import cn.cq.police.idcard.feeds.entity.StatusReport.Kind;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Applies the production centre's status reports to applications, in the caller's transaction:
 * accepted (stays with production), rejected with a reason (back to the clerk), card produced, card
 * dispatched (arrived at the station). A report already applied changes nothing; one that does not
 * fit the application's status is refused.
 */
@Dependent
public class StatusReports {

  /** The history keeps notes of up to 200 characters. */
  static final int MAX_REASON = 200;

  /** From which statuses each report may move an application. */
  static final Map<Kind, Set<ApplicationStatus>> ALLOWED_FROM =
      Map.of(
          Kind.ACCEPTED,
              EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SENT_TO_PRODUCTION),
          Kind.REJECTED,
              EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SENT_TO_PRODUCTION),
          Kind.PRODUCED,
              EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SENT_TO_PRODUCTION),
          Kind.DISPATCHED, EnumSet.of(ApplicationStatus.PRODUCED));

  static final Map<Kind, ApplicationStatus> RESULT =
      Map.of(
          Kind.ACCEPTED, ApplicationStatus.SENT_TO_PRODUCTION,
          Kind.REJECTED, ApplicationStatus.REJECTED,
          Kind.PRODUCED, ApplicationStatus.PRODUCED,
          Kind.DISPATCHED, ApplicationStatus.ARRIVED_AT_STATION);

  /** What became of a report. */
  public enum Outcome {
    APPLIED,
    /** Already applied earlier: nothing changed now. */
    REPEATED
  }

  /** Why a report was refused; nothing was stored. */
  public static class ReportRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The machine-readable reasons. */
    public enum Problem {
      INVALID_REPORT,
      /** A field's JSON type is not the one the API defines (a number for a text). */
      WRONG_TYPE,
      UNKNOWN_APPLICATION,
      IMPOSSIBLE_TRANSITION
    }

    private final Problem problem;

    public ReportRefused(Problem problem, String message) {
      super(message);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  @Inject ProductionOutbox outbox;

  @Inject Event<CardReady> cardReady;

  public Outcome apply(AcceptanceNumber acceptanceNumber, Kind kind, String reason) {
    if (kind == Kind.REJECTED && (reason == null || reason.isBlank())) {
      throw new ReportRefused(ReportRefused.Problem.INVALID_REPORT, "a rejection needs a reason");
    }
    String cleanReason = reason == null || reason.isBlank() ? null : reason.trim();
    if (cleanReason != null && cleanReason.length() > MAX_REASON) {
      cleanReason = cleanReason.substring(0, MAX_REASON);
    }
    Long id =
        em.createQuery(
                "select a.id from Application a where a.acceptanceNumber = :number", Long.class)
            .setParameter("number", acceptanceNumber)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new ReportRefused(
                        ReportRefused.Problem.UNKNOWN_APPLICATION,
                        "no application " + acceptanceNumber));
    // Serialises reports (and the sender's settlement) of one application.
    Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
    long seen =
        em.createNamedQuery(StatusReport.OF_KIND, Long.class)
            .setParameter("applicationId", id)
            .setParameter("kind", kind)
            .getSingleResult();
    if (seen > 0) {
      return Outcome.REPEATED;
    }
    ApplicationStatus before = application.getStatus();
    if (!ALLOWED_FROM.get(kind).contains(before)) {
      throw new ReportRefused(
          ReportRefused.Problem.IMPOSSIBLE_TRANSITION, kind + " cannot follow status " + before);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.persist(new StatusReport(id, kind, cleanReason, now));
    ApplicationStatus after = RESULT.get(kind);
    if (after != before) {
      application.moveTo(after, null, now, kind == Kind.REJECTED ? cleanReason : null);
    }
    // else an acceptance of an application the outbox already marked as sent: the status history
    // keeps one row for it, the acceptance shows in the application's audit entries.
    if (before == ApplicationStatus.SUBMITTED) {
      outbox.deliveredAsReported(id);
    }
    // A card to be posted is ready for the applicant when it is posted, not when it arrives here:
    // Postings fires CardReady with the tracking number then.
    if (kind == Kind.DISPATCHED && !application.isDeliveryByPost()) {
      cardReady.fire(new CardReady(application, null));
    }
    audit.record(
        Actor.SYSTEM,
        AuditEvent.of(
                "production." + kind.name().toLowerCase(java.util.Locale.ROOT),
                Application.AUDIT_SUBJECT,
                id)
            .withBefore("status=" + before)
            .withAfter("status=" + after + (cleanReason == null ? "" : "; reason=" + cleanReason)));
    return Outcome.APPLIED;
  }
}
