package cn.cq.police.idcard.progress.boundary;

import cn.cq.police.idcard.progress.control.ProgressThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Forgets the progress query's counts once their windows and blocks have passed, every ten minutes,
 * so the table holds only the last hour's callers and numbers. Every cluster member runs it; a
 * delete of rows already deleted costs nothing.
 */
@Singleton
// The container's timer, no user.
@PermitAll
public class ProgressThrottleSweep {

  @Inject ProgressThrottle throttle;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  public void sweep() {
    throttle.forgetPassed();
  }
}
