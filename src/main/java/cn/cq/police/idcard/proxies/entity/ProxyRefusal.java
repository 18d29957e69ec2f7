package cn.cq.police.idcard.proxies.entity;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumberConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A proxy request the clerk turned away, with its reason: kept for the supervisor. */
@Entity
@Table(name = "proxy_refusal")
public class ProxyRefusal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "station_id", nullable = false)
  private Long stationId;

  @Column(name = "receipt_id", nullable = false)
  private Long receiptId;

  @Convert(converter = CitizenIdNumberConverter.class)
  @Column(name = "agent_id_number", nullable = false, length = 120)
  private CitizenIdNumber agentIdNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Relationship relationship;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RefusalReason reason;

  @Column(name = "refused_at", nullable = false)
  private LocalDateTime refusedAt;

  @Column(name = "refused_by", nullable = false)
  private Long refusedBy;

  protected ProxyRefusal() {}

  public ProxyRefusal(
      Long stationId,
      Long receiptId,
      CitizenIdNumber agentIdNumber,
      Relationship relationship,
      RefusalReason reason,
      Long refusedBy,
      LocalDateTime refusedAt) {
    this.stationId = stationId;
    this.receiptId = receiptId;
    this.agentIdNumber = agentIdNumber;
    this.relationship = relationship;
    this.reason = reason;
    this.refusedBy = refusedBy;
    this.refusedAt = refusedAt;
  }

  public RefusalReason getReason() {
    return reason;
  }
}
