package cn.cq.police.idcard.progress.boundary;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.audit.control.RequestOrigin;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.progress.control.CitizenProgress;
import cn.cq.police.idcard.progress.control.ProgressAnswer;
import cn.cq.police.idcard.progress.control.ProgressAnswer.Limit;
import cn.cq.police.idcard.progress.control.ProgressQuery;
import cn.cq.police.idcard.progress.control.ProgressThrottle;
import cn.cq.police.idcard.review.entity.ApplicationDecision;
import cn.cq.police.idcard.review.entity.Decision;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public progress query, for the page and the JSON endpoint alike: the client address is
 * counted first (malformed queries count too), then a number refused for wrong tries is answered as
 * such, then the application is looked up and the suffix compared. A wrong suffix and an unknown
 * number do the same work — one look-up, one comparison, one count against the number — and get the
 * same {@link ProgressAnswer.NotFound}.
 */
@Stateless
// Residents, without an account: the throttle is the only gate.
@PermitAll
public class Progress {

  @PersistenceContext EntityManager em;

  @Inject ProgressThrottle throttle;

  @Inject RequestOrigin origin;

  public ProgressAnswer query(String acceptanceNumber, String idSuffix) {
    String client = origin.clientAddress();
    Optional<Duration> wait = counted(() -> throttle.admitFrom(client));
    if (wait.isPresent()) {
      return throttled(Limit.ADDRESS, wait.get());
    }
    ProgressQuery query;
    try {
      query = ProgressQuery.parse(acceptanceNumber, idSuffix);
    } catch (ProgressQuery.Invalid invalid) {
      return new ProgressAnswer.Invalid(invalid.problem());
    }
    Optional<Duration> blocked = throttle.numberBlocked(query.acceptanceNumber());
    if (blocked.isPresent()) {
      return throttled(Limit.NUMBER, blocked.get());
    }
    List<Application> found =
        em.createQuery(
                "select a from Application a join fetch a.station"
                    + " where a.acceptanceNumber = :number",
                Application.class)
            .setParameter("number", query.acceptanceNumber())
            .getResultList();
    Application application = found.isEmpty() ? null : found.get(0);
    boolean matches =
        query.matches(application == null ? null : application.getCitizenIdNumber().value());
    if (!matches) {
      counted(
          () -> {
            throttle.wrongPair(query.acceptanceNumber());
            return Optional.empty();
          });
      return new ProgressAnswer.NotFound();
    }
    return new ProgressAnswer.Found(query.acceptanceNumber(), progressOf(application));
  }

  private CitizenProgress progressOf(Application application) {
    Station station = application.getStation();
    return CitizenProgress.of(
        application.getStatus(),
        application.getStatus() == ApplicationStatus.RETURNED ? lastReturn(application) : null,
        application.getPromisedPickupDate(),
        new CitizenProgress.Station(
            station.getName(), station.getAddress(), station.getOfficeHours()),
        application.isDeliveryByPost() ? post(application) : null);
  }

  /** A card delivered by post, with its tracking number once posted. */
  private CitizenProgress.Post post(Application application) {
    return new CitizenProgress.Post(
        em.createNamedQuery(PostalDelivery.FOR_APPLICATION, PostalDelivery.class)
            .setParameter("applicationId", application.getId())
            .getResultStream()
            .findFirst()
            .map(PostalDelivery::getTrackingNumber)
            .orElse(null));
  }

  private CitizenProgress.Return lastReturn(Application application) {
    return em
        .createNamedQuery(ApplicationDecision.OF_APPLICATION, ApplicationDecision.class)
        .setParameter("applicationId", application.getId())
        .getResultList()
        .stream()
        .filter(decision -> decision.getDecision() == Decision.RETURNED)
        .reduce((earlier, later) -> later)
        .map(
            decision ->
                new CitizenProgress.Return(
                    decision.getReasonCode(), decision.getCorrectionFields()))
        .orElse(null);
  }

  /**
   * Runs a count, once more if it failed: two first queries of one key at the same moment both
   * insert its row, and the second insert fails; asked again, the row exists and is locked.
   */
  private static Optional<Duration> counted(Supplier<Optional<Duration>> count) {
    try {
      return count.get();
    } catch (RuntimeException raced) {
      return count.get();
    }
  }

  private static ProgressAnswer throttled(Limit limit, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return new ProgressAnswer.Throttled(limit, seconds);
  }
}
