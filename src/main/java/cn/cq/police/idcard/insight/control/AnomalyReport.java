package cn.cq.police.idcard.insight.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The anomaly cases found for one station at one moment, daily or on a supervisor's request. */
public record AnomalyReport(long stationId, LocalDateTime computedAt, List<Anomaly> anomalies)
    implements Serializable {

  public List<Anomaly> of(Signal signal) {
    return anomalies.stream().filter(a -> a.signal() == signal).toList();
  }
}
