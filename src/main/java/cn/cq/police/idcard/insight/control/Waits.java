package cn.cq.police.idcard.insight.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a waiting time in seconds is shown: minutes below two hours, hours below two days, else days.
 */
public final class Waits {

  /**
   * @param unit {@code minutes}, {@code hours} or {@code days}
   * @param amount rounded to a whole minute, or to a tenth of an hour or day
   */
  public record Shown(String unit, BigDecimal amount) {}

  private Waits() {}

  public static Shown shown(double seconds) {
    if (seconds < 2 * 3600) {
      return new Shown(
          "minutes", BigDecimal.valueOf(seconds / 60).setScale(0, RoundingMode.HALF_UP));
    }
    if (seconds < 2 * 86400) {
      return new Shown(
          "hours", BigDecimal.valueOf(seconds / 3600).setScale(1, RoundingMode.HALF_UP));
    }
    return new Shown("days", BigDecimal.valueOf(seconds / 86400).setScale(1, RoundingMode.HALF_UP));
  }
}
