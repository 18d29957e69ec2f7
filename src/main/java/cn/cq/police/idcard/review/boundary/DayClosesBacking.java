package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.stations.entity.Station;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The administrator's list of closed days, and reopening one with a reason. */
@Named
@ViewScoped
public class DayClosesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Review review;

  private transient List<DayClose> closes;
  private transient Map<Long, String> stationNames;
  private String reason;

  public void load() {
    closes = review.allCloses();
    stationNames =
        review.stations().stream().collect(Collectors.toMap(Station::getId, Station::getName));
  }

  public void reopen(DayClose close) {
    try {
      review.reopenDay(close.getStationId(), close.getBusinessDate(), reason);
      FacesText.info(
          "dayCloses.reopened", stationNames.get(close.getStationId()), close.getBusinessDate());
      reason = null;
    } catch (DecisionRefused refused) {
      FacesText.error("review." + refused.problem().name());
    }
    load();
  }

  public List<DayClose> getCloses() {
    if (closes == null) {
      load();
    }
    return closes;
  }

  public String stationName(Long stationId) {
    if (stationNames == null) {
      load();
    }
    return stationNames.get(stationId);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
