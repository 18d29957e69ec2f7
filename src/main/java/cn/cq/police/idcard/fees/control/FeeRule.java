package cn.cq.police.idcard.fees.control;

import cn.cq.police.idcard.fees.entity.FeeKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One tariff: the amount charged for a kind of fee over a period.
 *
 * @param amountFen amount in fen (1 yuan = 100 fen), never negative
 * @param validFrom first day the tariff applies
 * @param validTo last day the tariff applies, or {@code null} while it is still in force
 */
public record FeeRule(
    FeeKind kind, long amountFen, LocalDate validFrom, LocalDate validTo, String description) {

  public FeeRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validFrom, "validFrom");
    if (amountFen < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amountFen);
    }
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
