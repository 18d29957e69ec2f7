package cn.cq.police.idcard.insight.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class RankedPercentileTest {

  private static final double[] PERCENTILES = {0, 0.1, 0.5, 0.9, 0.99, 1};

  @Test
  void aWindowOfTheStoredWaitsGivesTheSamePercentileAsSortingEverything() {
    Random random = new Random(20261125);
    for (int trial = 0; trial < 2_000; trial++) {
      // Few distinct values in some trials, so that ties between stored and live occur.
      int spread = random.nextBoolean() ? 10 : 1_000_000;
      double[] stored = randomWaits(random, random.nextInt(300), spread);
      double[] live = randomWaits(random, random.nextInt(40), spread);
      Arrays.sort(stored);
      double[] all = DoubleStream.concat(Arrays.stream(stored), Arrays.stream(live)).toArray();
      for (double p : PERCENTILES) {
        RankedPercentile.Window window = RankedPercentile.window(p, stored.length, live.length);
        double[] read =
            window.isEmpty()
                ? new double[0]
                : Arrays.copyOfRange(stored, (int) window.from(), (int) window.to() + 1);
        assertTrue(read.length <= live.length + 2, "reads no more than the live count + 2");
        Double expected = bySortingEverything(p, all);
        Double actual = RankedPercentile.of(p, stored.length, window.from(), read, live);
        assertEquals(
            expected, actual, "p=" + p + " stored=" + stored.length + " live=" + live.length);
      }
    }
  }

  @Test
  void interpolatesBetweenNeighboursLikePercentileCont() {
    double[] live = {10, 20, 30, 40};
    assertEquals(25.0, RankedPercentile.of(0.5, 0, 0, new double[0], live));
    assertEquals(37.0, RankedPercentile.of(0.9, 0, 0, new double[0], live));
    // Stored 10, 20, 40 (window of positions 0..2) and live 30.
    RankedPercentile.Window window = RankedPercentile.window(0.5, 3, 1);
    assertEquals(new RankedPercentile.Window(0, 2), window);
    assertEquals(
        25.0, RankedPercentile.of(0.5, 3, 0, new double[] {10, 20, 40}, new double[] {30}));
  }

  @Test
  void noWaitsHaveNoPercentile() {
    assertTrue(RankedPercentile.window(0.5, 0, 0).isEmpty());
    assertNull(RankedPercentile.of(0.5, 0, 0, new double[0], new double[0]));
  }

  private static double[] randomWaits(Random random, int count, int spread) {
    return random.doubles(count).map(d -> Math.floor(d * spread)).toArray();
  }

  /** percentile_cont by its definition: sort all, interpolate at p * (n - 1). */
  private static Double bySortingEverything(double p, double[] waits) {
    if (waits.length == 0) {
      return null;
    }
    double[] sorted = waits.clone();
    Arrays.sort(sorted);
    double position = p * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = (int) Math.ceil(position);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
  }
}
