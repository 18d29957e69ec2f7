package cn.cq.police.idcard.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in the stations' time zone, so "today" means the same day at
 * every counter whatever zone the server runs in; tests can replace it.
 */
@ApplicationScoped
public class Clocks {

  @Inject
  @ConfigProperty(name = "app.time-zone", defaultValue = "Asia/Shanghai")
  String timeZone;

  @Produces
  @ApplicationScoped
  Clock stationClock() {
    return Clock.system(ZoneId.of(timeZone));
  }
}
