package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.applications.boundary.Applications;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.control.ReturnReason;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;

/**
 * One application as the supervisor reviews it, and the decisions taken on it. Every decision asks
 * for the supervisor's password; the page shows the refusal's message when one is refused.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Review review;

  @Inject Applications applications;

  private Long id;
  private transient Review.Case current;
  private List<AuditEntry> audit = List.of();

  private String note;
  private ReturnReason reason;
  private String password;

  /** Loads the case; another station's or an unknown id shows "not found" and nothing else. */
  public void load() {
    current = id == null ? null : review.caseOf(id).orElse(null);
    audit = current == null ? List.of() : applications.auditHistory(id);
  }

  private interface Decide {
    void run();
  }

  private void decide(Decide decision, String doneKey) {
    try {
      decision.run();
      FacesText.info(doneKey, current.application().getAcceptanceNumber());
      note = null;
      reason = null;
    } catch (DecisionRefused refused) {
      FacesText.error("review." + refused.problem().name());
    } finally {
      password = null;
      load();
    }
  }

  public void approve() {
    decide(() -> review.approve(id, note, password), "review.approved");
  }

  public void returnForCorrection() {
    decide(() -> review.returnForCorrection(id, reason, note, password), "review.returned");
  }

  public void flag() {
    decide(() -> review.flag(id, note, password), "review.flagged");
  }

  public void approveExemption() {
    decide(() -> review.decideExemption(id, true, note, password), "review.exemptionApproved");
  }

  public void refuseExemption() {
    decide(() -> review.decideExemption(id, false, note, password), "review.exemptionRefused");
  }

  public void voidPayment() {
    decide(() -> review.voidPayment(id, note, password), "review.paymentVoided");
  }

  public Review.Case getCase() {
    if (current == null && id != null) {
      load();
    }
    return current;
  }

  public String getPhotoDataUri() {
    Review.Case c = getCase();
    return c == null || c.photo() == null
        ? null
        : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(c.photo());
  }

  public String getScreenshotDataUri() {
    Review.Case c = getCase();
    return c == null || c.proxy() == null || c.proxy().getVideoCallScreenshot() == null
        ? null
        : dataUri(c.proxy().getVideoCallScreenshot());
  }

  private static String dataUri(byte[] image) {
    boolean png = image.length > 4 && image[0] == (byte) 0x89 && image[1] == 'P';
    return "data:image/"
        + (png ? "png" : "jpeg")
        + ";base64,"
        + Base64.getEncoder().encodeToString(image);
  }

  public String getFee() {
    Review.Case c = getCase();
    return c == null || c.payment() == null ? null : c.payment().getAmount().yuan();
  }

  public ReturnReason[] getReasons() {
    return ReturnReason.values();
  }

  public List<AuditEntry> getAudit() {
    return audit;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public ReturnReason getReason() {
    return reason;
  }

  public void setReason(ReturnReason reason) {
    this.reason = reason;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
