package cn.cq.police.idcard.settings.boundary;

import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The administrator's settings page. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Settings settings;

  private String validityDays;
  private int configuredValidityDays;

  public void load() {
    validityDays = Integer.toString(settings.receiptValidityDays());
    configuredValidityDays = settings.configuredReceiptValidityDays();
  }

  public void save() {
    try {
      Integer days;
      try {
        days = Integer.valueOf(validityDays == null ? "" : validityDays.strip());
      } catch (NumberFormatException notANumber) {
        days = null;
      }
      settings.changeReceiptValidityDays(days);
      FacesText.info("admin.settings.saved", days);
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    load();
  }

  public String getValidityDays() {
    return validityDays;
  }

  public void setValidityDays(String validityDays) {
    this.validityDays = validityDays;
  }

  public int getConfiguredValidityDays() {
    return configuredValidityDays;
  }
}
