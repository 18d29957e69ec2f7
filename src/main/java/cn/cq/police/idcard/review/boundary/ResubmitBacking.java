package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.control.DecisionRefused.Problem;
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

  @Inject Review review;

  private String note;

  private PaymentMethod method;

  private String feeReceiptNumber;

  /** Application id and the fee it owes, looked up once per application shown. */
  private Long owedFeeOf;

  private Amount owedFee;

  public List<ApplicationDecision> decisionsOf(Long applicationId) {
    return applicationId == null ? List.of() : review.decisionsOf(applicationId);
  }

  /** Returns true when resubmitted, so the page can reload the application. */
  public boolean resubmit(Long applicationId) {
    try {
      review.resubmit(applicationId, method, feeReceiptNumber, note);
      FacesText.info("review.resubmitted");
      note = null;
      method = null;
      feeReceiptNumber = null;
      owedFeeOf = null;
      return true;
    } catch (DecisionRefused refused) {
      String problem = refused.problem().name();
      // The fee problems read as they do at the counter's submit.
      boolean feeProblem =
          problem.startsWith("FEE_") && refused.problem() != Problem.FEE_NOT_COLLECTED;
      FacesText.error((feeProblem ? "submit." : "review.") + problem, feeReceiptNumber);
      return false;
    }
  }

  /** The fee (in yuan) the clerk collects on resubmission, or null when nothing is owed. */
  public String owedFee(Long applicationId) {
    if (applicationId == null) {
      return null;
    }
    if (!applicationId.equals(owedFeeOf)) {
      owedFee = review.owedFee(applicationId).orElse(null);
      owedFeeOf = applicationId;
    }
    return owedFee == null ? null : owedFee.yuan();
  }

  public PaymentMethod[] getMethods() {
    return PaymentMethod.values();
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getFeeReceiptNumber() {
    return feeReceiptNumber;
  }

  public void setFeeReceiptNumber(String feeReceiptNumber) {
    this.feeReceiptNumber = feeReceiptNumber;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
