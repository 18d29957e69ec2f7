package cn.cq.police.idcard.fees.boundary;

import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRuleEntry;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The administrator's fee schedule page: every tariff over time, and a new one. */
@Named
@ViewScoped
public class FeesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FeeRules feeRules;

  private List<FeeRuleEntry> entries;
  private FeeKind kind;
  private String amountYuan;
  private String validFrom;
  private String description;

  public void load() {
    entries = feeRules.all();
  }

  public void add() {
    LocalDate from;
    try {
      from = validFrom == null ? null : LocalDate.parse(validFrom.strip());
    } catch (DateTimeParseException notADate) {
      from = null;
    }
    try {
      FeeRuleEntry added =
          feeRules.add(kind, Amount.tryParseYuan(amountYuan).orElse(null), from, description);
      FacesText.info(
          "admin.fees.added",
          FacesText.text("admin.fees.kind." + added.getKind()),
          added.getAmount().yuan(),
          added.getValidFrom().toString());
      kind = null;
      amountYuan = null;
      validFrom = null;
      description = null;
    } catch (ChangeRefused refused) {
      FacesText.error(refused.messageKey(), refused.arguments());
    }
    load();
  }

  public FeeKind[] getKinds() {
    return FeeKind.values();
  }

  public List<FeeRuleEntry> getEntries() {
    return entries;
  }

  public FeeKind getKind() {
    return kind;
  }

  public void setKind(FeeKind kind) {
    this.kind = kind;
  }

  public String getAmountYuan() {
    return amountYuan;
  }

  public void setAmountYuan(String amountYuan) {
    this.amountYuan = amountYuan;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
