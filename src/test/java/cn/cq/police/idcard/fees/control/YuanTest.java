package cn.cq.police.idcard.fees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class YuanTest {

  @ParameterizedTest
  @CsvSource({"2000, 20.00", "0, 0.00", "4000, 40.00", "5, 0.05", "50, 0.50", "123456, 1234.56"})
  void formats(long fen, String yuan) {
    assertEquals(yuan, Yuan.format(fen));
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
  void parses(String yuan, long fen) {
    assertEquals(fen, Yuan.parseFen(yuan));
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
        "99999999999999999999"
      })
  void rejectsWhatIsNotAPlainAmount(String yuan) {
    assertThrows(IllegalArgumentException.class, () -> Yuan.parseFen(yuan));
  }

  @Test
  void formatAndParseRoundTrip() {
    for (long fen : new long[] {0, 1, 9, 10, 99, 100, 2000, 123456, Long.MAX_VALUE}) {
      assertEquals(fen, Yuan.parseFen(Yuan.format(fen)));
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
    assertEquals(capital, Yuan.chineseCapital(fen));
  }

  @ParameterizedTest
  @ValueSource(longs = {-1, 100_000_000_000_000L})
  void capitalAmountsOutOfRangeAreRejected(long fen) {
    assertThrows(IllegalArgumentException.class, () -> Yuan.chineseCapital(fen));
  }

  @Test
  void negativeAmountsAreNotFormatted() {
    assertThrows(IllegalArgumentException.class, () -> Yuan.format(-5));
  }
}
