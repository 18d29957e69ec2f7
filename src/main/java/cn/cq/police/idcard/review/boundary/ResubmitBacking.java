package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.entity.ApplicationDecision;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The clerk's side of a return: on the tracking page, the supervisor's decisions with their
 * reasons, and resubmitting the corrected application with a note.
 */
@Named
@ViewScoped
public class ResubmitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Review review;

  private String note;

  public List<ApplicationDecision> decisionsOf(Long applicationId) {
    return applicationId == null ? List.of() : review.decisionsOf(applicationId);
  }

  /** Returns true when resubmitted, so the page can reload the application. */
  public boolean resubmit(Long applicationId) {
    try {
      review.resubmit(applicationId, note);
      FacesText.info("review.resubmitted");
      note = null;
      return true;
    } catch (DecisionRefused refused) {
      FacesText.error("review." + refused.problem().name());
      return false;
    }
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
