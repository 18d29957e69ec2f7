package cn.cq.police.idcard.fees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.platform.ChangeRefused;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeeScheduleChangeTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  static final List<FeeRule> FIRST_APPLICATION =
      List.of(
          new FeeRule(
              FeeKind.FIRST_APPLICATION,
              Amount.ofFen(2000),
              LocalDate.of(2004, 1, 1),
              LocalDate.of(2018, 3, 31),
              "20"),
          new FeeRule(
              FeeKind.FIRST_APPLICATION, Amount.ZERO, LocalDate.of(2018, 4, 1), null, "free"));

  @Test
  void theOpenTariffEndsTheDayBeforeTheNewOne() {
    assertEquals(
        Optional.of(LocalDate.of(2026, 12, 31)),
        FeeScheduleChange.closingDayFor(FIRST_APPLICATION, LocalDate.of(2027, 1, 1), TODAY));
    assertEquals(
        Optional.of(TODAY.minusDays(1)),
        FeeScheduleChange.closingDayFor(FIRST_APPLICATION, TODAY, TODAY));
  }

  @Test
  void theScheduleStaysUnambiguousAfterTheChange() {
    LocalDate from = LocalDate.of(2027, 1, 1);
    LocalDate closing = FeeScheduleChange.closingDayFor(FIRST_APPLICATION, from, TODAY).get();
    List<FeeRule> changed = new ArrayList<>(FIRST_APPLICATION.subList(0, 1));
    changed.add(
        new FeeRule(
            FeeKind.FIRST_APPLICATION, Amount.ZERO, LocalDate.of(2018, 4, 1), closing, "free"));
    changed.add(new FeeRule(FeeKind.FIRST_APPLICATION, Amount.ofFen(1500), from, null, "15"));
    FeeSchedule schedule = new FeeSchedule(changed);
    assertEquals(Amount.ZERO, schedule.amount(FeeKind.FIRST_APPLICATION, closing));
    assertEquals(Amount.ofFen(1500), schedule.amount(FeeKind.FIRST_APPLICATION, from));
  }

  @Test
  void aKindWithoutTariffsGetsItsFirst() {
    assertEquals(Optional.empty(), FeeScheduleChange.closingDayFor(List.of(), TODAY, TODAY));
  }

  @Test
  void aPastStartIsRefused() {
    ChangeRefused refused =
        assertThrows(
            ChangeRefused.class,
            () -> FeeScheduleChange.closingDayFor(FIRST_APPLICATION, TODAY.minusDays(1), TODAY));
    assertEquals("admin.fees.pastDate", refused.messageKey());
  }

  @Test
  void aStartOnOrBeforeTheOpenTariffsStartIsRefused() {
    List<FeeRule> openFromTomorrow =
        List.of(new FeeRule(FeeKind.RENEWAL, Amount.ofFen(2000), TODAY.plusDays(1), null, "20"));
    ChangeRefused refused =
        assertThrows(
            ChangeRefused.class,
            () -> FeeScheduleChange.closingDayFor(openFromTomorrow, TODAY.plusDays(1), TODAY));
    assertEquals("admin.fees.notAfterOpen", refused.messageKey());
    assertThrows(
        ChangeRefused.class, () -> FeeScheduleChange.closingDayFor(openFromTomorrow, TODAY, TODAY));
  }

  @Test
  void overlappingATariffThatAlreadyEndsIsRefused() {
    List<FeeRule> endsNextYear =
        List.of(
            new FeeRule(
                FeeKind.TEMPORARY,
                Amount.ofFen(1000),
                LocalDate.of(2004, 1, 1),
                TODAY.plusYears(1),
                "10"));
    ChangeRefused refused =
        assertThrows(
            ChangeRefused.class,
            () -> FeeScheduleChange.closingDayFor(endsNextYear, TODAY.plusDays(30), TODAY));
    assertEquals("admin.fees.overlap", refused.messageKey());
    assertEquals(
        Optional.empty(),
        FeeScheduleChange.closingDayFor(endsNextYear, TODAY.plusYears(1).plusDays(1), TODAY));
  }
}
