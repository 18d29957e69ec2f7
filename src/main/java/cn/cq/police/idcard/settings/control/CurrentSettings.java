package cn.cq.police.idcard.settings.control;

import cn.cq.police.idcard.settings.entity.Setting;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings in force: the administrator's value where there is one, else the configured one. */
@Dependent
public class CurrentSettings {

  /** The same name as the MicroProfile Config property that gives its default. */
  public static final String RECEIPT_VALIDITY_DAYS = "receipts.validity-days";

  /** Real schemes keep receipts usable 60 to 180 days. */
  public static final int MIN_VALIDITY_DAYS = 60;

  public static final int MAX_VALIDITY_DAYS = 180;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = RECEIPT_VALIDITY_DAYS, defaultValue = "90")
  int configuredValidityDays;

  /** Days a receipt stays usable after the detection centre issued it. */
  public int receiptValidityDays() {
    Setting setting = em.find(Setting.class, RECEIPT_VALIDITY_DAYS);
    return setting == null ? configuredValidityDays : Integer.parseInt(setting.getValue());
  }

  public int configuredReceiptValidityDays() {
    return configuredValidityDays;
  }
}
