package cn.cq.police.idcard.security.boundary;

import cn.cq.police.idcard.audit.boundary.AuditLog;
import cn.cq.police.idcard.audit.control.ChainVerdict;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's view of the audit trail: verify the chain, read entries by subject or actor
 * within the administrator's reach.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN = 200;

  @Inject AuditReading log;

  @Inject AuditLog chain;

  private String subjectType;
  private String subjectId;
  private String actor;
  private List<AuditEntry> entries;
  private ChainVerdict verdict;

  public void load() {
    if (entries == null) {
      entries = log.latest(SHOWN);
    }
  }

  public void search() {
    if (actor != null && !actor.isBlank()) {
      entries = log.byActor(actor.trim(), SHOWN);
    } else if (subjectType != null
        && !subjectType.isBlank()
        && subjectId != null
        && !subjectId.isBlank()) {
      entries = log.ofSubject(subjectType.trim(), subjectId.trim(), SHOWN);
    } else {
      entries = log.latest(SHOWN);
    }
  }

  public void verify() {
    verdict = chain.verify();
  }

  public ChainVerdict getVerdict() {
    return verdict;
  }

  /** The broken entry's sequence, for the page; null while intact. */
  public Long getFirstBroken() {
    return verdict == null || verdict.isIntact() ? null : verdict.firstBroken().getAsLong();
  }

  public List<AuditEntry> getEntries() {
    return entries;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(String subjectType) {
    this.subjectType = subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }
}
