package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The one place that lets an application leave the station: every path to SUBMITTED (the counter
 * without approval, a supervisor's approval) calls it in its transaction. An event keeps the
 * applications component free of the feeds component that observes it.
 */
@Dependent
public class ProductionRelease {

  @Inject Event<ApplicationReleased> released;

  /** Only a SUBMITTED application leaves; held, returned or awaiting ones never do. */
  public void releaseIfSubmitted(Application application) {
    if (application.getStatus() == ApplicationStatus.SUBMITTED) {
      released.fire(new ApplicationReleased(application));
    }
  }
}
