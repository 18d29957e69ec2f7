package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.review.control.DaySummary;
import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.entity.DayClose;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The daily close page: the day's figures, the undecided applications, the sign-off. */
@Named
@ViewScoped
public class DailyCloseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Review review;

  @Inject Clock clock;

  private LocalDate day;
  private DaySummary summary;
  private boolean closed;
  private Map<Long, Boolean> carryOver = new HashMap<>();
  private final SignOffEntry signOff = new SignOffEntry();

  public void load() {
    if (day == null) {
      day = LocalDate.now(clock);
    }
    summary = review.closingSummary(day);
    closed = review.isClosed(day);
    carryOver = new HashMap<>();
  }

  public void close() {
    Set<Long> carried =
        carryOver.entrySet().stream()
            .filter(e -> Boolean.TRUE.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    try {
      review.closeDay(day, carried, signOff.getPassword(), signOff.getCode());
      FacesText.info("close.done", day);
    } catch (DecisionRefused refused) {
      FacesText.error("review." + refused.problem().name());
    } finally {
      signOff.forget();
      load();
    }
  }

  public List<DayClose> getCloses() {
    return review.closes();
  }

  public DaySummary getSummary() {
    return summary;
  }

  public boolean isClosed() {
    return closed;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Map<Long, Boolean> getCarryOver() {
    return carryOver;
  }

  public SignOffEntry getSignOff() {
    return signOff;
  }

  /** Whether the sign-off asks for a one-time code (a certificate account signs without one). */
  public boolean isCodeAsked() {
    return review.signsWithCode();
  }
}
