package cn.cq.police.idcard.fees.control;

import cn.cq.police.idcard.platform.ChangeRefused;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rule for adding a tariff to the schedule: it starts today or later, after the tariff of the
 * same kind now in force, which then ends the day before; it never overlaps a tariff that already
 * has an end. So exactly one tariff per kind applies on any day from the first one on.
 */
public final class FeeScheduleChange {

  private FeeScheduleChange() {}

  /**
   * The last day of the open tariff of the same kind, which the new one replaces; empty when the
   * kind has no open tariff.
   *
   * @param sameKind the schedule's existing tariffs of the new tariff's kind
   * @throws ChangeRefused {@code admin.fees.pastDate}, {@code admin.fees.notAfterOpen} or {@code
   *     admin.fees.overlap}
   */
  public static Optional<LocalDate> closingDayFor(
      List<FeeRule> sameKind, LocalDate newFrom, LocalDate today) {
    if (newFrom.isBefore(today)) {
      throw new ChangeRefused("admin.fees.pastDate", today.toString());
    }
    Optional<LocalDate> closing = Optional.empty();
    for (FeeRule rule : sameKind) {
      if (rule.validTo() == null) {
        if (!newFrom.isAfter(rule.validFrom()) || closing.isPresent()) {
          throw new ChangeRefused("admin.fees.notAfterOpen", rule.validFrom().toString());
        }
        closing = Optional.of(newFrom.minusDays(1));
      } else if (!rule.validTo().isBefore(newFrom)) {
        throw new ChangeRefused(
            "admin.fees.overlap", rule.validFrom().toString(), rule.validTo().toString());
      }
    }
    return closing;
  }
}
