package cn.cq.police.idcard.applications.control;

import static cn.cq.police.idcard.applications.control.SubmissionRefused.Problem;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.stations.entity.StationScope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding a station's applications and handing the finished card over. */
@Dependent
public class ApplicationRecords {

  static final int MAX_RESULTS = 50;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditTrail audit;

  /**
   * By acceptance number, receipt number or citizen ID number, only at the given station. The term
   * is tried as each of them; what it cannot be matches nothing.
   */
  public List<Application> find(Station station, String term) {
    if (term == null || term.isBlank() || term.length() > 40) {
      return List.of();
    }
    String compact = term.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    CitizenIdNumber idNumber = CitizenIdNumber.tryParse(compact).orElse(null);
    return em.createNamedQuery(Application.FIND_AT_STATION, Application.class)
        .setParameter("station", station)
        .setParameter("acceptanceNumber", AcceptanceNumber.tryParse(compact).orElse(null))
        .setParameter("receiptNumber", ReceiptNumber.tryParse(compact).orElse(null))
        .setParameter("idNumber", idNumber)
        .setMaxResults(MAX_RESULTS)
        .getResultList();
  }

  /** An application the production centre rejected, with the centre's reason, for the clerk. */
  public record Rejected(
      Long applicationId,
      AcceptanceNumber acceptanceNumber,
      String applicantName,
      LocalDateTime rejectedAt,
      String reason) {}

  /**
   * The station's applications the production centre rejected within the last days, newest first:
   * the clerk's queue of cases to contact the applicant about.
   */
  public List<Rejected> rejectedByProduction(Station station, int days) {
    return em.createQuery(
            "select new cn.cq.police.idcard.applications.control.ApplicationRecords.Rejected("
                + "a.id, a.acceptanceNumber, a.receipt.name, h.changedAt, h.note)"
                + " from ApplicationStatusChange h join h.application a"
                + " where a.station = :station and a.status = :rejected and h.status = :rejected"
                + " and h.changedAt >= :since order by h.changedAt desc",
            Rejected.class)
        .setParameter("station", station)
        .setParameter("rejected", ApplicationStatus.REJECTED)
        .setParameter("since", LocalDateTime.now(clock).minusDays(days))
        .setMaxResults(MAX_RESULTS)
        .getResultList();
  }

  /** An application of the station, or nothing: another station's ids find nothing. */
  public Optional<Application> at(Station station, Long applicationId) {
    return Optional.ofNullable(applicationId)
        .map(id -> em.find(Application.class, id))
        .filter(application -> application.getStation().getId().equals(station.getId()));
  }

  /** An application of a station in the scope, or nothing. */
  public Optional<Application> within(StationScope scope, Long applicationId) {
    return Optional.ofNullable(applicationId)
        .map(id -> em.find(Application.class, id))
        .filter(application -> scope.covers(application.getStation()));
  }

  public Optional<Payment> paymentOf(Application application) {
    return em.createNamedQuery(Payment.FOR_APPLICATION, Payment.class)
        .setParameter("applicationId", application.getId())
        .getResultStream()
        .findFirst();
  }

  public Optional<ProxyAuthorization> proxyOf(Application application) {
    return Optional.ofNullable(em.find(ProxyAuthorization.class, application.getId()));
  }

  public Application handOver(StaffAccount clerk, Long applicationId, HandOver handOver) {
    Application application =
        at(clerk.getStation(), applicationId)
            .orElseThrow(() -> new SubmissionRefused(Problem.APPLICATION_NOT_FOUND));
    if (!application.canBeHandedOver()) {
      throw new SubmissionRefused(Problem.NOT_READY_FOR_HAND_OVER);
    }
    CitizenIdNumber collector = handOver.collectorIdNumber();
    boolean isApplicant = collector != null && collector.equals(application.getCitizenIdNumber());
    if (collector == null || handOver.byAgent() == isApplicant) {
      throw new SubmissionRefused(Problem.COLLECTOR_ID_MISMATCH);
    }
    String note = handOver.oldCardNote() == null ? null : handOver.oldCardNote().trim();
    if (!handOver.oldCardSurrendered() && (note == null || note.isEmpty() || note.length() > 200)) {
      throw new SubmissionRefused(Problem.OLD_CARD_NOTE_MISSING);
    }
    ApplicationStatus before = application.getStatus();
    application.handOver(
        handOver.byAgent(),
        collector,
        handOver.oldCardSurrendered(),
        note == null || note.isEmpty() ? null : note,
        clerk,
        LocalDateTime.now(clock));
    audit.record(
        clerk.actor(),
        AuditEvent.of("application.handedOver", Application.AUDIT_SUBJECT, application.getId())
            .withBefore("status=" + before)
            .withAfter(
                "status=%s; byAgent=%s; collector=%s; oldCardSurrendered=%s"
                    .formatted(
                        application.getStatus(),
                        handOver.byAgent(),
                        collector.masked(),
                        handOver.oldCardSurrendered())));
    return application;
  }
}
