package cn.cq.police.idcard.fees.control;

import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One tariff: the amount charged for a kind of fee over a period.
 *
 * @param amount what the tariff charges
 * @param validFrom first day the tariff applies
 * @param validTo last day the tariff applies, or {@code null} while it is still in force
 */
public record FeeRule(
    FeeKind kind, Amount amount, LocalDate validFrom, LocalDate validTo, String description) {

  public FeeRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(validFrom, "validFrom");
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "validTo " + validTo + " is before validFrom " + validFrom);
    }
  }

  /** Whether the tariff is in force on {@code day}; both ends are inclusive. */
  public boolean appliesOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
