package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.security.entity.SignedInSession;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's signed-in sessions (ASVS 3.3.4): begun at login, checked on each request, listed on
 * the person's own page, where they can end any of them. Ending one here makes that session's next
 * request land on the login page (AccountChangesEndSessions), on whichever cluster member.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.SUPERVISOR, Role.Names.ADMINISTRATOR})
public class SignedInSessions {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject AuditTrail trail;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "security.session.idle-minutes", defaultValue = "15")
  long idleMinutes;

  @Inject
  @ConfigProperty(name = "security.session.max-hours", defaultValue = "12")
  long maxHours;

  /** This session's id among the person's signed-in sessions, from the HTTP session's map. */
  static Optional<String> idIn(Map<String, Object> sessionMap) {
    return sessionMap.get(AccountChangesEndSessions.SIGNED_IN_SESSION) instanceof String id
        ? Optional.of(id)
        : Optional.empty();
  }

  /** Called right after a successful login; returns the new session's id. */
  @PermitAll
  public String begin(String username, String clientAddress, String browser) {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    em.persist(new SignedInSession(id, username, now(), clientAddress, browser));
    return id;
  }

  /** Whether the session was ended from elsewhere; notes that it is still in use otherwise. */
  @PermitAll
  public boolean isEnded(String id) {
    SignedInSession session = em.find(SignedInSession.class, id);
    if (session == null || session.isEnded()) {
      return true;
    }
    session.seenAt(now());
    return false;
  }

  /** At logout. */
  @PermitAll
  public void loggedOut(String id) {
    SignedInSession session = em.find(SignedInSession.class, id);
    if (session != null) {
      session.end(now());
    }
  }

  /** The caller's sessions that are still open, newest first. */
  public List<SignedInSession> mine() {
    LocalDateTime now = now();
    return em.createNamedQuery(SignedInSession.OPEN_OF, SignedInSession.class)
        .setParameter("username", directory.current().getUsername())
        .setParameter("seenSince", now.minusMinutes(idleMinutes))
        .setParameter("startedSince", now.minusHours(maxHours))
        .getResultList();
  }

  /** Ends one of the caller's own sessions; another person's id changes nothing. */
  public boolean end(String id) {
    StaffAccount me = directory.current();
    SignedInSession session = id == null ? null : em.find(SignedInSession.class, id);
    if (session == null || !session.getUsername().equals(me.getUsername()) || session.isEnded()) {
      return false;
    }
    session.end(now());
    trail.record(
        me.actor(),
        AuditEvent.of("session.ended", "account", me.getUsername())
            .withAfter("address=" + session.getClientAddress()));
    return true;
  }

  /** Ends every open session of the caller but the given one; returns how many. */
  public int endAllBut(String keptId) {
    int ended = 0;
    for (SignedInSession session : mine()) {
      if (!session.getId().equals(keptId) && end(session.getId())) {
        ended++;
      }
    }
    return ended;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
