package cn.cq.police.idcard.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One setting's value as the administrator last set it. */
@Entity
@Table(name = "setting")
public class Setting {

  @Id
  @Column(name = "setting_key", length = 60)
  private String key;

  @Column(name = "setting_value", nullable = false, length = 200)
  private String value;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Column(name = "changed_by", nullable = false, length = 50)
  private String changedBy;

  protected Setting() {}

  public Setting(String key, String value, LocalDateTime changedAt, String changedBy) {
    this.key = key;
    this.value = value;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
  }

  public void change(String newValue, LocalDateTime at, String by) {
    this.value = newValue;
    this.changedAt = at;
    this.changedBy = by;
  }

  public String getKey() {
    return key;
  }

  public String getValue() {
    return value;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
