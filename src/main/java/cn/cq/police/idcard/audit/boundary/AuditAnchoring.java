package cn.cq.police.idcard.audit.boundary;

import cn.cq.police.idcard.audit.control.Anchors;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The daily anchor: every hour each cluster member looks whether today's anchor exists and, if not,
 * makes it. The row's day is unique, so with two members one wins and the other's insert fails and
 * is rolled back: one anchor per day, written once outside the database. Missed hours (the server
 * was down) are made up at the next tick.
 */
@Stateless
@PermitAll
public class AuditAnchoring {

  private static final Logger LOG = Logger.getLogger(AuditAnchoring.class.getName());

  @Inject Anchors anchors;

  @Inject Clock clock;

  @Schedule(hour = "*", minute = "5", timezone = "Asia/Shanghai", persistent = false)
  public void daily() {
    LocalDate today = LocalDate.now(clock);
    if (anchors.hasDaily(today)) {
      return;
    }
    try {
      anchors.anchorHead(Anchors.DAILY, today.toString(), today.toString());
    } catch (PersistenceException anotherMemberWasFirst) {
      // The provider has marked the transaction for rollback; nothing was written outside.
      LOG.info(() -> "Daily audit anchor of " + today + " made by another member");
    }
  }
}
