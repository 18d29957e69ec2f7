package cn.cq.police.idcard.platform;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A timer's round that must not pile up behind itself: while one runs (a slow partner timing out),
 * the next tick does nothing. A round that fails is logged and the next tick tries again.
 */
public final class SingleFlight {

  private final AtomicBoolean running = new AtomicBoolean();

  /** An interval timer every {@code seconds} (at least one), not persisted: each member its own. */
  public static void every(TimerService timers, long seconds) {
    long interval = Math.max(1, seconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
  }

  public void run(Runnable round, Logger log, String failureMessage) {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      round.run();
    } catch (RuntimeException e) {
      log.log(Level.WARNING, failureMessage, e);
    } finally {
      running.set(false);
    }
  }
}
