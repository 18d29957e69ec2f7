package cn.cq.police.idcard.notices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The city's wording of one kind of text message, as the city administrator last revised it. */
@Entity
@Table(name = "notice_template")
@NamedQuery(name = NoticeTemplate.ALL, query = "select t from NoticeTemplate t order by t.kind")
public class NoticeTemplate {

  public static final String ALL = "NoticeTemplate.all";

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private NoticeKind kind;

  @Column(nullable = false, length = 500)
  private String body;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  protected NoticeTemplate() {}

  public void revise(String newBody, String by, LocalDateTime at) {
    body = newBody;
    updatedBy = by;
    updatedAt = at;
  }

  public NoticeKind getKind() {
    return kind;
  }

  public String getBody() {
    return body;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
