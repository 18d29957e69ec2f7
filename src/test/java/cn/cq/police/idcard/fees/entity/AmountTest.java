package cn.cq.police.idcard.fees.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

  @ParameterizedTest
  @CsvSource({"2000, 20.00", "0, 0.00", "4000, 40.00", "5, 0.05", "50, 0.50", "123456, 1234.56"})
  void showsYuanWithTwoDecimals(long fen, String yuan) {
    assertEquals(yuan, Amount.ofFen(fen).yuan());
    assertEquals(yuan, Amount.ofFen(fen).toString());
  }

  @ParameterizedTest
  @CsvSource({
    "20, 2000",
    "20.00, 2000",
    "20.5, 2050",
    "0.05, 5",
    "0, 0",
    "' 40.00 ', 4000",
    "1234.56, 123456",
    "007.10, 710"
  })
  void parsesTypedYuan(String yuan, long fen) {
    assertEquals(fen, Amount.parseYuan(yuan).fen());
    assertEquals(Optional.of(Amount.ofFen(fen)), Amount.tryParseYuan(yuan));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "-1",
        "-0.05",
        "+1",
        "1.005",
        "20.500",
        "1e2",
        "1,000.00",
        ".5",
        "5.",
        "abc",
        "¥20",
        "２０",
        "99999999999999999999"
      })
  void rejectsWhatIsNotAPlainAmount(String yuan) {
    assertThrows(IllegalArgumentException.class, () -> Amount.parseYuan(yuan));
    assertEquals(Optional.empty(), Amount.tryParseYuan(yuan));
  }

  /** An ID number typed into the amount field by mistake must not reach a log via the message. */
  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "110105194912310021", "1101051949123100211"})
  void errorMessagesDoNotRepeatTheInput(String typed) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Amount.parseYuan(typed));

    assertFalse(e.getMessage().contains(typed), e.getMessage());
    assertFalse(e.getMessage().contains("19491231"), e.getMessage());
  }

  @Test
  void yuanAndParseRoundTrip() {
    for (long fen : new long[] {0, 1, 9, 10, 99, 100, 2000, 123456, Long.MAX_VALUE}) {
      assertEquals(fen, Amount.parseYuan(Amount.ofFen(fen).yuan()).fen());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2000, 贰拾元整",
    "4000, 肆拾元整",
    "0, 零元整",
    "1000, 壹拾元整",
    "10050, 壹佰元零伍角",
    "123456, 壹仟贰佰叁拾肆元伍角陆分",
    "100001, 壹仟元零壹分",
    "1000000, 壹万元整",
    "100, 壹元整",
    "5, 伍分",
    "50, 伍角",
    "56, 伍角陆分",
    "150, 壹元伍角",
    "105, 壹元零伍分",
    "1055, 壹拾元零伍角伍分",
    "168032, 壹仟陆佰捌拾元零叁角贰分",
    "100500, 壹仟零伍元整",
    "101000, 壹仟零壹拾元整",
    "1500, 壹拾伍元整",
    "10000, 壹佰元整",
    "1000500, 壹万零伍元整",
    "1010000, 壹万零壹佰元整",
    "1100000, 壹万壹仟元整",
    "10000000, 壹拾万元整",
    "10000500, 壹拾万零伍元整",
    "1000500000, 壹仟万零伍仟元整",
    "10000000000, 壹亿元整",
    "10000010000, 壹亿零壹佰元整",
    "10001000000, 壹亿零壹万元整",
    "99999999999999, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
  })
  void writesChineseCapitalAmounts(long fen, String capital) {
    assertEquals(capital, Amount.ofFen(fen).chineseCapital());
  }

  @Test
  void capitalAmountsBeyondTheLastSectionUnitAreRejected() {
    Amount tooLarge = Amount.ofFen(100_000_000_000_000L);

    assertThrows(IllegalArgumentException.class, tooLarge::chineseCapital);
  }

  @Test
  void negativeAmountsDoNotExist() {
    assertThrows(IllegalArgumentException.class, () -> Amount.ofFen(-5));
    assertThrows(IllegalArgumentException.class, () -> Amount.ofFen(Long.MIN_VALUE));
  }

  @Test
  void addsUpExactly() {
    Amount twenty = Amount.ofFen(2000);

    assertEquals(Amount.ofFen(6005), twenty.plus(Amount.ofFen(4000)).plus(Amount.ofFen(5)));
    assertEquals(twenty, twenty.plus(Amount.ZERO));
    assertEquals(twenty, Amount.ZERO.plus(twenty));
    assertEquals(
        Amount.ofFen(7000),
        List.of(Amount.ofFen(1000), Amount.ofFen(2000), Amount.ofFen(4000)).stream()
            .reduce(Amount.ZERO, Amount::plus));
  }

  @Test
  void overflowIsAnErrorNotAWrongSum() {
    Amount max = Amount.ofFen(Long.MAX_VALUE);

    assertThrows(ArithmeticException.class, () -> max.plus(Amount.ofFen(1)));
  }

  @Test
  void zeroIsZero() {
    assertTrue(Amount.ZERO.isZero());
    assertTrue(Amount.ofFen(0).isZero());
    assertSame(Amount.ZERO, Amount.ofFen(0));
    assertSame(Amount.ZERO, Amount.parseYuan("0.00"));
    assertFalse(Amount.ofFen(1).isZero());
    assertEquals(0, Amount.ZERO.fen());
  }

  @Test
  void comparesByFen() {
    Amount small = Amount.ofFen(5);
    Amount large = Amount.ofFen(2000);

    assertTrue(small.compareTo(large) < 0);
    assertTrue(large.compareTo(small) > 0);
    assertEquals(0, large.compareTo(Amount.parseYuan("20")));
    assertEquals(
        List.of(Amount.ZERO, small, large),
        List.of(large, Amount.ZERO, small).stream().sorted().toList());
  }

  @Test
  void equalityIsByFen() {
    Amount twenty = Amount.ofFen(2000);

    assertEquals(twenty, Amount.parseYuan("20"));
    assertEquals(twenty.hashCode(), Amount.parseYuan("20.00").hashCode());
    assertNotEquals(twenty, Amount.ofFen(2001));
    assertNotEquals(twenty, 2000L);
  }
}
