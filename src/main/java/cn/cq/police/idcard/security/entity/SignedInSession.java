package cn.cq.police.idcard.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Where and since when a person is signed in: one row per login, until they log out or end it from
 * another session. The browser text is what the browser said about itself, shown escaped.
 */
@Entity
@Table(name = "signed_in_session")
@NamedQuery(
    name = SignedInSession.OPEN_OF,
    query =
        "select s from SignedInSession s where s.username = :username and s.endedAt is null"
            + " and s.lastSeenAt >= :seenSince and s.startedAt >= :startedSince"
            + " order by s.startedAt desc")
public class SignedInSession {

  public static final String OPEN_OF = "SignedInSession.openOf";

  static final int BROWSER_MAX = 200;

  @Id
  @Column(length = 43)
  private String id;

  @Column(nullable = false, length = 50)
  private String username;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "last_seen_at", nullable = false)
  private LocalDateTime lastSeenAt;

  @Column(name = "client_address", nullable = false, length = 60)
  private String clientAddress;

  @Column(nullable = false, length = BROWSER_MAX)
  private String browser;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  protected SignedInSession() {}

  public SignedInSession(
      String id, String username, LocalDateTime now, String clientAddress, String browser) {
    this.id = id;
    this.username = username;
    this.startedAt = now;
    this.lastSeenAt = now;
    this.clientAddress =
        clientAddress.length() > 60 ? clientAddress.substring(0, 60) : clientAddress;
    String said = browser == null ? "" : browser.strip();
    this.browser = said.length() > BROWSER_MAX ? said.substring(0, BROWSER_MAX) : said;
  }

  /** Notes activity, at most once a minute so that busy pages do not write on every click. */
  public void seenAt(LocalDateTime now) {
    if (lastSeenAt.plusMinutes(1).isBefore(now)) {
      lastSeenAt = now;
    }
  }

  public void end(LocalDateTime now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  public boolean isEnded() {
    return endedAt != null;
  }

  public String getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getLastSeenAt() {
    return lastSeenAt;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getBrowser() {
    return browser;
  }
}
