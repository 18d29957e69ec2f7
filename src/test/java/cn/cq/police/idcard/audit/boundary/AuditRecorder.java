package cn.cq.police.idcard.audit.boundary;

import cn.cq.police.idcard.audit.control.Anchor;
import cn.cq.police.idcard.audit.control.Anchors;
import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Appends entries in transactions of their own, as a boundary would. Test deployment only. */
@ApplicationScoped
public class AuditRecorder {

  @Inject AuditTrail trail;

  @Inject Anchors anchors;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AuditEntry record(Actor actor, AuditEvent event) {
    return trail.record(actor, event);
  }

  /** What a second cluster member does when the day's anchor exists already. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void anchorDaily(java.time.LocalDate day) {
    anchors.anchorHead(Anchors.DAILY, day.toString(), day.toString());
  }

  /** Anchors the head as the daily timer and the day close do. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Anchor anchor(String kind, String scope) {
    return anchors.anchorHead(kind, scope, null).orElseThrow();
  }
}
