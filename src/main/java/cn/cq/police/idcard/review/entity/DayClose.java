package cn.cq.police.idcard.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A station's closed day (日结). While it is closed and not reopened, nothing of the applications and
 * payments of that day may change; only an administrator reopens it, with a reason.
 */
@Entity
@Table(name = "day_close")
@IdClass(DayClose.Key.class)
@NamedQuery(
    name = DayClose.CLOSED,
    query =
        "select count(c) from DayClose c where c.stationId = :stationId and c.businessDate = :day"
            + " and c.reopenedAt is null")
@NamedQuery(
    name = DayClose.OF_STATION,
    query = "select c from DayClose c where c.stationId = :stationId order by c.businessDate desc")
public class DayClose {

  public static final String CLOSED = "DayClose.closed";
  public static final String OF_STATION = "DayClose.ofStation";

  /** The composite key: station and day. */
  public record Key(Long stationId, LocalDate businessDate) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "station_id")
  private Long stationId;

  @Id
  @Column(name = "business_date")
  private LocalDate businessDate;

  @Column(name = "closed_at", nullable = false)
  private LocalDateTime closedAt;

  @Column(name = "closed_by", nullable = false)
  private Long closedBy;

  @Column(nullable = false, length = 4000)
  private String summary;

  @Column(name = "reopened_at")
  private LocalDateTime reopenedAt;

  @Column(name = "reopened_by")
  private Long reopenedBy;

  @Column(name = "reopen_reason", length = 500)
  private String reopenReason;

  protected DayClose() {}

  public DayClose(
      Long stationId,
      LocalDate businessDate,
      Long closedBy,
      LocalDateTime closedAt,
      String summary) {
    this.stationId = stationId;
    this.businessDate = businessDate;
    this.closedBy = closedBy;
    this.closedAt = closedAt;
    this.summary = summary;
  }

  /** Closing again after a reopening starts a fresh close of the same day. */
  public void closeAgain(Long by, LocalDateTime at, String newSummary) {
    this.closedBy = by;
    this.closedAt = at;
    this.summary = newSummary;
    this.reopenedAt = null;
    this.reopenedBy = null;
    this.reopenReason = null;
  }

  public void reopen(Long administratorId, LocalDateTime at, String reason) {
    this.reopenedBy = administratorId;
    this.reopenedAt = at;
    this.reopenReason = reason;
  }

  public boolean isClosed() {
    return reopenedAt == null;
  }

  public Long getStationId() {
    return stationId;
  }

  public LocalDate getBusinessDate() {
    return businessDate;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public Long getClosedBy() {
    return closedBy;
  }

  public String getSummary() {
    return summary;
  }

  public LocalDateTime getReopenedAt() {
    return reopenedAt;
  }

  public String getReopenReason() {
    return reopenReason;
  }
}
