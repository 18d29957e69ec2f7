package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.applications.boundary.Applications;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.receipts.entity.ReceiptPhoto;
import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.control.ReturnReason;
import cn.cq.police.idcard.review.entity.CorrectionField;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
  private List<CorrectionField> fieldsToCorrect = new ArrayList<>();
  private final SignOffEntry signOff = new SignOffEntry();

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
      fieldsToCorrect = new ArrayList<>();
    } catch (DecisionRefused refused) {
      FacesText.error("review." + refused.problem().name());
    } finally {
      signOff.forget();
      load();
    }
  }

  public void approve() {
    decide(
        () -> review.approve(id, note, signOff.getPassword(), signOff.getCode()),
        "review.approved");
  }

  public void returnForCorrection() {
    decide(
        () ->
            review.returnForCorrection(
                id,
                reason,
                fieldsToCorrect.isEmpty() ? Set.of() : EnumSet.copyOf(fieldsToCorrect),
                note,
                signOff.getPassword(),
                signOff.getCode()),
        "review.returned");
  }

  public void flag() {
    decide(() -> review.flag(id, note, signOff.getPassword(), signOff.getCode()), "review.flagged");
  }

  public void approveExemption() {
    decide(
        () -> review.decideExemption(id, true, note, signOff.getPassword(), signOff.getCode()),
        "review.exemptionApproved");
  }

  public void refuseExemption() {
    decide(
        () -> review.decideExemption(id, false, note, signOff.getPassword(), signOff.getCode()),
        "review.exemptionRefused");
  }

  public void voidPayment() {
    decide(
        () -> review.voidPayment(id, note, signOff.getPassword(), signOff.getCode()),
        "review.paymentVoided");
  }

  public Review.Case getCase() {
    if (current == null && id != null) {
      load();
    }
    return current;
  }

  public String getPhotoDataUri() {
    Review.Case c = getCase();
    return c == null ? null : ReceiptPhoto.dataUri(c.photo());
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

  public List<CorrectionField> getFieldsToCorrect() {
    return fieldsToCorrect;
  }

  public void setFieldsToCorrect(List<CorrectionField> fieldsToCorrect) {
    this.fieldsToCorrect = fieldsToCorrect == null ? new ArrayList<>() : fieldsToCorrect;
  }

  /** What may be named: an agent's particulars only when an agent applied. */
  public List<CorrectionField> getCorrectableFields() {
    boolean inPerson = current == null || current.application().isInPerson();
    return java.util.Arrays.stream(CorrectionField.values())
        .filter(
            f ->
                !inPerson || (f != CorrectionField.AGENT_PHONE && f != CorrectionField.LETTER_DATE))
        .toList();
  }

  public void setReason(ReturnReason reason) {
    this.reason = reason;
  }

  public SignOffEntry getSignOff() {
    return signOff;
  }

  /** Whether the sign-off asks for a one-time code (a certificate account signs without one). */
  public boolean isCodeAsked() {
    return review.signsWithCode();
  }
}
