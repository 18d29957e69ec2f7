package cn.cq.police.idcard.settings.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.Actor;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.settings.control.CurrentSettings;
import cn.cq.police.idcard.settings.entity.Setting;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;

/** The settings the administrator changes at run time. */
@Stateless
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
public class Settings {

  @PersistenceContext EntityManager em;

  @Inject CurrentSettings current;

  @Inject StaffDirectory directory;

  @Inject AuditTrail trail;

  @Inject Clock clock;

  public int receiptValidityDays() {
    return current.receiptValidityDays();
  }

  public int configuredReceiptValidityDays() {
    return current.configuredReceiptValidityDays();
  }

  public void changeReceiptValidityDays(Integer days) {
    if (days == null
        || days < CurrentSettings.MIN_VALIDITY_DAYS
        || days > CurrentSettings.MAX_VALIDITY_DAYS) {
      throw new ChangeRefused(
          "admin.settings.validityOutOfRange",
          CurrentSettings.MIN_VALIDITY_DAYS,
          CurrentSettings.MAX_VALIDITY_DAYS);
    }
    int before = current.receiptValidityDays();
    Actor actor = directory.current().actor();
    String key = CurrentSettings.RECEIPT_VALIDITY_DAYS;
    Setting setting = em.find(Setting.class, key, LockModeType.PESSIMISTIC_WRITE);
    LocalDateTime now = LocalDateTime.now(clock);
    if (setting == null) {
      em.persist(new Setting(key, Integer.toString(days), now, actor.username()));
    } else {
      setting.change(Integer.toString(days), now, actor.username());
    }
    trail.record(
        actor,
        AuditEvent.of("setting.changed", "setting", key)
            .withBefore("value=" + before)
            .withAfter("value=" + days));
  }
}
