package cn.cq.police.idcard.fees.control;

import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** All tariffs over time; exactly one rule per kind must apply on any day a fee is charged. */
public final class FeeSchedule {

  private static final LocalDate SECOND_GENERATION_CARDS = LocalDate.of(2004, 1, 1);

  private final List<FeeRule> rules;

  public FeeSchedule(List<FeeRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Chongqing's tariffs since second-generation cards were introduced. */
  public static FeeSchedule chongqingDefault() {
    return new FeeSchedule(
        List.of(
            new FeeRule(
                FeeKind.FIRST_APPLICATION,
                Amount.ofFen(2000),
                SECOND_GENERATION_CARDS,
                LocalDate.of(2018, 3, 31),
                "首次申领工本费"),
            // Chongqing stopped charging for first applications on 2018-04-01.
            new FeeRule(
                FeeKind.FIRST_APPLICATION,
                Amount.ZERO,
                LocalDate.of(2018, 4, 1),
                null,
                "首次申领免收工本费"),
            new FeeRule(
                FeeKind.RENEWAL, Amount.ofFen(2000), SECOND_GENERATION_CARDS, null, "换领工本费"),
            new FeeRule(
                FeeKind.LOST_OR_DAMAGED,
                Amount.ofFen(4000),
                SECOND_GENERATION_CARDS,
                null,
                "丢失补领、损坏换领工本费"),
            new FeeRule(
                FeeKind.TEMPORARY,
                Amount.ofFen(1000),
                SECOND_GENERATION_CARDS,
                null,
                "临时居民身份证工本费")));
  }

  public List<FeeRule> rules() {
    return rules;
  }

  /**
   * The amount for {@code kind} on {@code day}.
   *
   * @throws IllegalStateException if no rule or more than one rule applies; either is a
   *     configuration error that must not be papered over by picking one
   */
  public Amount amount(FeeKind kind, LocalDate day) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(day, "day");
    List<FeeRule> applying =
        rules.stream().filter(r -> r.kind() == kind && r.appliesOn(day)).toList();
    if (applying.isEmpty()) {
      throw new IllegalStateException("No fee rule for " + kind + " applies on " + day);
    }
    if (applying.size() > 1) {
      throw new IllegalStateException(
          applying.size()
              + " overlapping fee rules for "
              + kind
              + " apply on "
              + day
              + ": "
              + applying);
    }
    return applying.get(0).amount();
  }
}
