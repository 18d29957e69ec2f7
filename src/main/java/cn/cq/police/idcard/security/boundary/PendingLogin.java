package cn.cq.police.idcard.security.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A login whose password was right and whose second factor is still to come: kept in the session
 * (so bound to this browser, under the new session id the password step gave it) for a few minutes
 * only ({@code security.second-factor.pending-minutes}). It never holds the password. During an
 * enrolment it also holds the new secret, so a reload shows the same QR code, and whether the
 * enrolment succeeded, which is what lets the person continue past the recovery codes.
 */
final class PendingLogin implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ATTRIBUTE = "idcard.pendingLogin";

  final String username;

  private final Instant passwordAt;

  private byte[] enrolmentSecret;

  private boolean enrolled;

  private PendingLogin(String username, Instant passwordAt) {
    this.username = username;
    this.passwordAt = passwordAt;
  }

  static PendingLogin begin(HttpSession session, String username, Instant now) {
    PendingLogin pending = new PendingLogin(username, now);
    session.setAttribute(ATTRIBUTE, pending);
    return pending;
  }

  /** The session's pending login if it has not expired; an expired one is forgotten. */
  static Optional<PendingLogin> of(HttpSession session, Instant now, Duration valid) {
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingLogin pending)) {
      return Optional.empty();
    }
    if (pending.passwordAt.plus(valid).isBefore(now)) {
      session.removeAttribute(ATTRIBUTE);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  static void end(HttpSession session) {
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }

  byte[] enrolmentSecret() {
    return enrolmentSecret == null ? null : enrolmentSecret.clone();
  }

  /** Stores a changed copy back, so that a replicated session carries the change. */
  void startEnrolment(HttpSession session, byte[] secret) {
    enrolmentSecret = secret.clone();
    session.setAttribute(ATTRIBUTE, this);
  }

  void enrolled(HttpSession session) {
    enrolled = true;
    enrolmentSecret = null;
    session.setAttribute(ATTRIBUTE, this);
  }

  boolean isEnrolled() {
    return enrolled;
  }
}
