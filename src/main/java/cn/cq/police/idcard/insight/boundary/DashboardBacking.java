package cn.cq.police.idcard.insight.boundary;

import cn.cq.police.idcard.insight.control.Dashboard;
import cn.cq.police.idcard.insight.control.Dashboard.ClerkFigures;
import cn.cq.police.idcard.insight.control.Dashboard.DayCount;
import cn.cq.police.idcard.insight.control.Dashboard.ReasonCount;
import cn.cq.police.idcard.insight.control.Dashboard.Spread;
import cn.cq.police.idcard.insight.control.Waits;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The supervisor's dashboard: today's and this month's figures of their own station. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Insights insights;

  private Dashboard dashboard;

  public void load() {
    dashboard = insights.dashboard();
  }

  public void refresh() {
    load();
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  /** A median or percentile as the supervisor reads it: minutes, hours or days. */
  public String duration(Double seconds) {
    if (seconds == null) {
      return "—";
    }
    Waits.Shown shown = Waits.shown(seconds);
    return FacesText.text("insight.unit." + shown.unit(), shown.amount());
  }

  public String median(Spread spread) {
    return spread.isEmpty() ? "—" : duration(spread.medianSeconds());
  }

  public String p90(Spread spread) {
    return spread.isEmpty() ? "—" : duration(spread.p90Seconds());
  }

  public String refusalLabel(String reason) {
    return label("proxy.rejection." + reason, reason);
  }

  public String returnLabel(String reason) {
    return label("returnReason." + reason, reason);
  }

  private static String label(String key, String fallback) {
    try {
      return ResourceBundle.getBundle(FacesText.BUNDLE, FacesText.locale()).getString(key);
    } catch (MissingResourceException unknown) {
      return fallback;
    }
  }

  /** No application in the period: the chart would be an empty frame, so a sentence says so. */
  public boolean isNothingPerDay() {
    return dashboard.submittedPerDay().stream().allMatch(d -> d.count() == 0);
  }

  public boolean isNothingPerClerk() {
    return dashboard.clerks().stream().allMatch(c -> c.submitted() == 0);
  }

  public String getPerDayChart() {
    List<DayCount> days = dashboard.submittedPerDay();
    return Charts.bar(
        FacesText.text("insight.chart.perDay"),
        FacesText.text("insight.submitted"),
        days.stream().map(d -> String.valueOf(d.day().getDayOfMonth())).toList(),
        days.stream().map(DayCount::count).toList());
  }

  public String getClerkChart() {
    List<ClerkFigures> clerks = dashboard.clerks();
    return Charts.bar(
        FacesText.text("insight.chart.perClerk"),
        FacesText.text("insight.submitted"),
        clerks.stream().map(ClerkFigures::name).toList(),
        clerks.stream().map(ClerkFigures::submitted).toList());
  }

  public String getRefusalChart() {
    List<ReasonCount> reasons = dashboard.refusalReasons();
    return Charts.doughnut(
        FacesText.text("insight.chart.refusals"),
        reasons.stream().map(r -> refusalLabel(r.reason())).toList(),
        reasons.stream().map(ReasonCount::count).toList());
  }

  public String getReturnChart() {
    List<ReasonCount> reasons = dashboard.returnReasons();
    return Charts.doughnut(
        FacesText.text("insight.chart.returns"),
        reasons.stream().map(r -> returnLabel(r.reason())).toList(),
        reasons.stream().map(ReasonCount::count).toList());
  }
}
