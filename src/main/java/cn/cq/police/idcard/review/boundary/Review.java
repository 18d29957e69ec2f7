package cn.cq.police.idcard.review.boundary;

import static cn.cq.police.idcard.review.control.DecisionRefused.Problem;

import cn.cq.police.idcard.applications.control.ApplicationRecords;
import cn.cq.police.idcard.applications.control.Correction;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.boundary.AuditLog;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.Payment;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.photos.entity.StationPhoto;
import cn.cq.police.idcard.proxies.entity.EligibilityPolicy;
import cn.cq.police.idcard.proxies.entity.ProxyAuthorization;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.review.control.ClosedDays;
import cn.cq.police.idcard.review.control.DailyClose;
import cn.cq.police.idcard.review.control.DaySummaries;
import cn.cq.police.idcard.review.control.DaySummary;
import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.control.Decisions;
import cn.cq.police.idcard.review.control.ReturnReason;
import cn.cq.police.idcard.review.control.ReviewCriteria;
import cn.cq.police.idcard.review.control.ReviewList;
import cn.cq.police.idcard.review.entity.ApplicationDecision;
import cn.cq.police.idcard.review.entity.CorrectionField;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.security.boundary.Logins;
import cn.cq.police.idcard.security.control.LoginLock;
import cn.cq.police.idcard.security.control.Reauthentication;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.control.ScopedStations;
import cn.cq.police.idcard.stations.entity.Reach;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The supervisor's review: the list, one application in full and decisions that need the
 * supervisor's password again, for every station the supervisor's reach covers (their own, or their
 * district's for a district supervisor); and their own station's daily close. Every id is looked up
 * within that scope; any other station's id finds nothing.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class Review {

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory staff;

  @Inject ApplicationRecords records;

  @Inject ReviewList list;

  @Inject Decisions decisions;

  @Inject DailyClose dailyClose;

  @Inject DaySummaries daySummaries;

  @Inject ClosedDays closedDays;

  @Inject Reauthentication reauthentication;

  @Inject AuditLog auditLog;

  @Inject ScopedStations scoped;

  @Inject Logins logins;

  public long count(ReviewCriteria criteria) {
    return list.count(staff.current().scope(), criteria);
  }

  public List<Application> page(
      ReviewCriteria criteria, int first, int size, String sortBy, boolean ascending) {
    return list.page(staff.current().scope(), criteria, first, size, sortBy, ascending);
  }

  /** The clerks and supervisors of the stations in scope, for the "by clerk" filter. */
  public List<StaffAccount> staffInScope() {
    return scoped.staffAt(staff.current().scope());
  }

  /** Whether the list spans several stations, so it names each application's station. */
  public boolean reachesBeyondOwnStation() {
    return staff.current().getReach() != Reach.STATION;
  }

  /** Everything the detail page shows, or nothing for an id of a station out of scope. */
  public Optional<Case> caseOf(Long applicationId) {
    return inScope(staff.current(), applicationId)
        .map(
            application -> {
              application.getHistory().size();
              ReceiptPhoto photo = em.find(ReceiptPhoto.class, application.getReceipt().getId());
              ProxyAuthorization proxy = records.proxyOf(application).orElse(null);
              StationPhoto taken = em.find(StationPhoto.class, application.getReceipt().getId());
              if (taken != null) {
                taken.getTakenBy().getDisplayName();
              }
              return new Case(
                  application,
                  photo == null ? null : photo.getJpeg(),
                  taken,
                  records.paymentOf(application).orElse(null),
                  proxy,
                  proxy == null ? null : policyOf(proxy),
                  decisions.of(application),
                  closedDays.isClosed(application.getStation(), application.getSubmittedOn()));
            });
  }

  /** The policy an agent's authorisation was accepted under, which says what it had to show. */
  private EligibilityPolicy policyOf(ProxyAuthorization proxy) {
    return em.createNamedQuery(EligibilityPolicy.BY_CODE, EligibilityPolicy.class)
        .setParameter("code", proxy.getPolicyCode())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * One application with what belongs to it.
   *
   * @param stationPhoto who took the photo at the station and what its checks measured; null for a
   *     detection centre's photo
   */
  public record Case(
      Application application,
      byte[] photo,
      StationPhoto stationPhoto,
      Payment payment,
      ProxyAuthorization proxy,
      EligibilityPolicy proxyPolicy,
      List<ApplicationDecision> decisions,
      boolean dayClosed) {}

  public void approve(Long applicationId, String note, String password, String code) {
    StaffAccount supervisor = signedOff(password, code);
    Application application = decidable(supervisor, applicationId);
    decisions.approve(supervisor, application, records.paymentOf(application), note);
  }

  public void returnForCorrection(
      Long applicationId,
      ReturnReason reason,
      Set<CorrectionField> fields,
      String note,
      String password,
      String code) {
    StaffAccount supervisor = signedOff(password, code);
    decisions.returnForCorrection(
        supervisor, decidable(supervisor, applicationId), reason, fields, note);
  }

  public void flag(Long applicationId, String note, String password, String code) {
    StaffAccount supervisor = signedOff(password, code);
    decisions.flag(supervisor, decidable(supervisor, applicationId), note);
  }

  public void decideExemption(
      Long applicationId, boolean approved, String note, String password, String code) {
    StaffAccount supervisor = signedOff(password, code);
    Application application = decidable(supervisor, applicationId);
    decisions.decideExemption(
        supervisor, application, records.paymentOf(application), approved, note);
  }

  public void voidPayment(Long applicationId, String reason, String password, String code) {
    StaffAccount supervisor = signedOff(password, code);
    Application application = decidable(supervisor, applicationId);
    decisions.voidPayment(supervisor, application, records.paymentOf(application), reason);
  }

  /** The clerk's side: a returned application, corrected, goes back for approval. */
  @RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
  public void resubmit(
      Long applicationId, PaymentMethod method, String feeReceiptNumber, String note) {
    StaffAccount clerk = staff.current();
    resubmit(applicationId, method, feeReceiptNumber, Correction.NONE, note);
  }

  /** The clerk's side, with the corrections of the fields the return named. */
  @RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
  public void resubmit(
      Long applicationId,
      PaymentMethod method,
      String feeReceiptNumber,
      Correction correction,
      String note) {
    StaffAccount clerk = staff.current();
    Application application = own(clerk, applicationId);
    decisions.resubmit(
        clerk,
        application,
        records.paymentOf(application),
        method,
        feeReceiptNumber,
        correction,
        note);
  }

  /** The fields the latest return of an application of the caller's station named. */
  @RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
  public Set<CorrectionField> fieldsToCorrect(Long applicationId) {
    return records
        .at(staff.current().getStation(), applicationId)
        .map(decisions::fieldsToCorrect)
        .orElse(Set.of());
  }

  /** A returned application waiting for the clerk, with what the supervisor asked for. */
  public record Returned(
      Long applicationId,
      String acceptanceNumber,
      String applicantName,
      String reasonCode,
      Set<CorrectionField> fields,
      String note,
      LocalDateTime returnedAt) {}

  /** 退回待改: the caller's station's returned applications, oldest return first. */
  @RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
  public List<Returned> returnedToMyStation() {
    List<Application> returned =
        em.createQuery(
                "select a from Application a join fetch a.receipt"
                    + " where a.station = :station and a.status = :returned",
                Application.class)
            .setParameter("station", staff.current().getStation())
            .setParameter("returned", ApplicationStatus.RETURNED)
            .setMaxResults(200)
            .getResultList();
    Map<Long, ApplicationDecision> lastReturns =
        decisions.lastReturns(returned.stream().map(Application::getId).toList());
    return returned.stream()
        .map(
            application -> {
              ApplicationDecision last = lastReturns.get(application.getId());
              return new Returned(
                  application.getId(),
                  application.getAcceptanceNumber().value(),
                  application.getReceipt().getName(),
                  last == null ? null : last.getReasonCode(),
                  last == null ? Set.of() : last.getCorrectionFields(),
                  last == null ? null : last.getNote(),
                  last == null ? null : last.getDecidedAt());
            })
        .sorted(
            Comparator.comparing(
                Returned::returnedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** The fee to collect on resubmission, when the application's exemption was refused. */
  @RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
  public Optional<Amount> owedFee(Long applicationId) {
    return records
        .at(staff.current().getStation(), applicationId)
        .flatMap(application -> decisions.owedFee(records.paymentOf(application)));
  }

  /** Decisions on one application of the caller's station, for its tracking page. */
  @RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR})
  public List<ApplicationDecision> decisionsOf(Long applicationId) {
    return records
        .at(staff.current().getStation(), applicationId)
        .map(decisions::of)
        .orElse(List.of());
  }

  /** The caller's station's day as the close screen shows it and the daily PDFs print it. */
  public DaySummary closingSummary(LocalDate day) {
    return daySummaries.of(staff.current().getStation(), day);
  }

  public boolean isClosed(LocalDate day) {
    return closedDays.isClosed(staff.current().getStation(), day);
  }

  public DayClose closeDay(LocalDate day, Set<Long> carriedOver, String password, String code) {
    return dailyClose.close(signedOff(password, code), day, carriedOver);
  }

  public List<DayClose> closes() {
    return dailyClose.closesOf(staff.current().getStation());
  }

  /** The recent closes of the stations the administrator's reach covers. */
  @RolesAllowed(Role.Names.ADMINISTRATOR)
  public List<DayClose> allCloses() {
    return dailyClose.recentCloses(staff.current().scope());
  }

  @RolesAllowed(Role.Names.ADMINISTRATOR)
  public List<Station> stations() {
    return scoped.stations(staff.current().scope());
  }

  /** Only an administrator reopens a closed day in their reach, with a reason; it is audited. */
  @RolesAllowed(Role.Names.ADMINISTRATOR)
  public DayClose reopenDay(Long stationId, LocalDate day, String reason) {
    StaffAccount administrator = staff.current();
    Station station =
        scoped
            .station(administrator.scope(), stationId)
            .orElseThrow(() -> new DecisionRefused(Problem.NOT_FOUND));
    return dailyClose.reopen(administrator, station, day, reason);
  }

  /**
   * The signer's current password and second factor again (Reauthentication). Wrong ones count like
   * failed logins (each in its own transaction, so they count although the decision rolls back),
   * and a locked name signs nothing.
   */
  private StaffAccount signedOff(String password, String code) {
    StaffAccount supervisor = staff.current();
    if (password == null || password.isEmpty()) {
      throw new DecisionRefused(Problem.PASSWORD_MISSING);
    }
    if (logins.lockOf(supervisor.getUsername()) != LoginLock.NONE) {
      throw new DecisionRefused(Problem.LOCKED_OUT);
    }
    Reauthentication.Outcome outcome =
        reauthentication.confirms(supervisor.getUsername(), password, code);
    switch (outcome) {
      case CONFIRMED -> {
        return supervisor;
      }
      case SECOND_FACTOR_MISSING -> throw new DecisionRefused(Problem.SECOND_FACTOR_MISSING);
      default -> {
        auditLog.recordApart(
            supervisor.actor(),
            AuditEvent.of("signoff.failed", "account", supervisor.getUsername())
                .withAfter(outcome.name()));
        logins.passwordFailed(supervisor.getUsername());
        throw new DecisionRefused(
            outcome == Reauthentication.Outcome.WRONG_PASSWORD
                ? Problem.WRONG_PASSWORD
                : Problem.SECOND_FACTOR_WRONG);
      }
    }
  }

  /** Whether the signed-in supervisor signs with a one-time code (not with a certificate). */
  public boolean signsWithCode() {
    return reauthentication.needsCode(staff.current().getUsername());
  }

  /** An application of a station in the supervisor's scope. */
  private Optional<Application> inScope(StaffAccount supervisor, Long applicationId) {
    return records.within(supervisor.scope(), applicationId);
  }

  private Application decidable(StaffAccount supervisor, Long applicationId) {
    return inScope(supervisor, applicationId)
        .orElseThrow(() -> new DecisionRefused(Problem.NOT_FOUND));
  }

  /** An application of the caller's own station: the counter's side works there only. */
  private Application own(StaffAccount caller, Long applicationId) {
    return records
        .at(caller.getStation(), applicationId)
        .orElseThrow(() -> new DecisionRefused(Problem.NOT_FOUND));
  }
}
