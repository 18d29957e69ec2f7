package cn.cq.police.idcard.progress.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * How often one client address queried, or how many wrong ID suffixes one acceptance number was
 * given, within the current window, and until when the key is refused. See {@code ProgressThrottle}
 * for the keys and limits.
 */
@Entity
@Table(name = "progress_query_throttle")
@NamedQuery(
    name = ProgressThrottleEntry.DELETE_PASSED,
    query =
        "delete from ProgressThrottleEntry e where (e.blockedUntil is null or e.blockedUntil <"
            + " :now) and (e.windowStarted is null or e.windowStarted < :windowsFrom)")
public class ProgressThrottleEntry {

  /** Deletes entries whose block has passed and whose window started before {@code windowsFrom}. */
  public static final String DELETE_PASSED = "ProgressThrottleEntry.deletePassed";

  @Id
  @Column(name = "throttle_key", length = 100)
  private String key;

  @Column(nullable = false)
  private int hits;

  @Column(name = "window_started")
  private LocalDateTime windowStarted;

  @Column(name = "blocked_until")
  private LocalDateTime blockedUntil;

  protected ProgressThrottleEntry() {}

  public ProgressThrottleEntry(String key) {
    this.key = key;
  }

  public String getKey() {
    return key;
  }

  public int getHits() {
    return hits;
  }

  public LocalDateTime getWindowStarted() {
    return windowStarted;
  }

  public LocalDateTime getBlockedUntil() {
    return blockedUntil;
  }

  public void record(int hits, LocalDateTime blockedUntil, LocalDateTime windowStarted) {
    this.hits = hits;
    this.blockedUntil = blockedUntil;
    this.windowStarted = windowStarted;
  }
}
