package cn.cq.police.idcard.photos.entity;

import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.stations.entity.StaffAccount;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Where a station's own photo came from: the receipt it became, the station and the clerk who took
 * or scanned it, when, and what every check measured when the clerk accepted it.
 */
@Entity
@Table(name = "station_photo")
public class StationPhoto implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "receipt_id")
  private Long receiptId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "station_id")
  private Station station;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "taken_by")
  private StaffAccount takenBy;

  @Column(name = "taken_at", nullable = false)
  private LocalDateTime takenAt;

  @Column(name = "check_results", nullable = false, length = 1000)
  private String checkResults;

  protected StationPhoto() {}

  public StationPhoto(
      Receipt receipt, StaffAccount takenBy, LocalDateTime takenAt, String checkResults) {
    this.receiptId = receipt.getId();
    this.station = takenBy.getStation();
    this.takenBy = takenBy;
    this.takenAt = takenAt;
    this.checkResults = checkResults;
  }

  public Long getReceiptId() {
    return receiptId;
  }

  public Station getStation() {
    return station;
  }

  public StaffAccount getTakenBy() {
    return takenBy;
  }

  public LocalDateTime getTakenAt() {
    return takenAt;
  }

  public String getCheckResults() {
    return checkResults;
  }
}
