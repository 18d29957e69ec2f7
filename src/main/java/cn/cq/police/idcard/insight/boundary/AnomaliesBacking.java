package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.insight.control.Anomaly;
import cn.cq.police.idcard.insight.control.AnomalyReport;
import cn.cq.police.idcard.insight.control.Signal;
import cn.cq.police.idcard.insight.control.Thresholds;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The supervisor's anomaly signals: the latest daily report, or one computed on request. */
@Named
@ViewScoped
public class AnomaliesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Insights insights;

  private AnomalyReport report;
  private Thresholds thresholds;

  public void load() {
    report = insights.anomalies();
    thresholds = insights.thresholds();
  }

  public void checkNow() {
    report = insights.recomputeAnomalies();
    thresholds = insights.thresholds();
    FacesText.info("insight.anomalies.checked", report.anomalies().size());
  }

  public AnomalyReport getReport() {
    return report;
  }

  public List<Signal> getSignals() {
    return List.of(Signal.values());
  }

  public List<Anomaly> cases(Signal signal) {
    return report.of(signal);
  }

  /** The signal's threshold in words, from the configured values. */
  public String threshold(Signal signal) {
    Thresholds t = thresholds;
    return switch (signal) {
      case AGENT_FOR_MANY ->
          FacesText.text(
              "insight.threshold.AGENT_FOR_MANY", t.agentApplicants(), t.agentWindowDays());
      case VOIDS_BY_CLERK ->
          FacesText.text(
              "insight.threshold.VOIDS_BY_CLERK", t.clerkVoidsOrExemptions(), t.clerkWindowDays());
      case UNUSED_LOOKUPS ->
          FacesText.text(
              "insight.threshold.UNUSED_LOOKUPS", t.unusedLookups(), t.unusedWindowDays());
      case STUCK ->
          FacesText.text(
              "insight.threshold.STUCK",
              String.join(
                  ", ",
                  t.stuckDays().entrySet().stream()
                      .map(e -> FacesText.text("status." + e.getKey()) + " " + e.getValue())
                      .toList()));
      case OUTSIDE_JURISDICTION ->
          FacesText.text(
              "insight.threshold.OUTSIDE_JURISDICTION",
              t.outsidePerDay(),
              Math.round(t.outsideShare() * 100),
              t.outsideWindowDays());
    };
  }

  /** The case's figure in words, e.g. "4 applicants" or "12 days in Submitted". */
  public String figure(Anomaly anomaly) {
    String detail = anomaly.detail();
    if (anomaly.signal() == Signal.STUCK) {
      detail = FacesText.text("status." + detail);
    }
    return FacesText.text(
        "insight.figure." + anomaly.signal(), anomaly.count(), detail == null ? "" : detail);
  }
}
