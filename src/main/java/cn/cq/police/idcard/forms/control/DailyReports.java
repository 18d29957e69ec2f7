package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.audit.control.Anchors;
import cn.cq.police.idcard.review.control.DaySummaries;
import cn.cq.police.idcard.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The 每日受理汇总表 and 日结单 of a station's day. The figures are not computed here: they are the review
 * component's summary of the day, the one the close screen shows, so paper and screen agree.
 */
@Dependent
public class DailyReports {

  private static final FormRenderer RENDERER = new FormRenderer();

  @Inject DaySummaries summaries;

  @Inject Anchors anchors;

  public byte[] render(OfficialForm form, Station station, String preparedBy, LocalDate day) {
    DailyReportData data =
        new DailyReportData(
            OfficialTerms.unitOf(station),
            preparedBy,
            summaries.of(station, day),
            anchors
                .latest(Anchors.DAY_CLOSE, Anchors.dayCloseScope(station.getCode(), day))
                .orElse(null));
    return switch (form) {
      case DAILY_SUMMARY -> RENDERER.dailySummary(data);
      case DAILY_CLOSE -> RENDERER.dailyClose(data);
      default -> throw new IllegalArgumentException(form + " is not a daily report");
    };
  }
}
