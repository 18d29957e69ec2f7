package cn.cq.police.idcard.review.boundary;

import cn.cq.police.idcard.applications.boundary.FingerprintChoice;
import cn.cq.police.idcard.applications.control.Correction;
import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.applications.entity.FingerprintStatus;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.review.control.DecisionRefused;
import cn.cq.police.idcard.review.control.DecisionRefused.Problem;
import cn.cq.police.idcard.review.entity.ApplicationDecision;
import cn.cq.police.idcard.review.entity.CorrectionField;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

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

  private Long fieldsOf;

  private Set<CorrectionField> fields = Set.of();

  private CorrectedValues corrected = new CorrectedValues();

  public List<ApplicationDecision> decisionsOf(Long applicationId) {
    return applicationId == null ? List.of() : review.decisionsOf(applicationId);
  }

  /**
   * The fields the return named, for the inputs the page offers; looked up once per application.
   */
  public Set<CorrectionField> fieldsToCorrect(Long applicationId) {
    if (applicationId == null) {
      return Set.of();
    }
    if (!applicationId.equals(fieldsOf)) {
      fields = review.fieldsToCorrect(applicationId);
      fieldsOf = applicationId;
    }
    return fields;
  }

  public boolean names(Long applicationId, String field) {
    return fieldsToCorrect(applicationId).contains(CorrectionField.valueOf(field));
  }

  /** Returns true when resubmitted, so the page can reload the application. */
  public boolean resubmit(Long applicationId) {
    Correction correction;
    try {
      correction = correction(fieldsToCorrect(applicationId));
    } catch (IllegalArgumentException | DateTimeParseException unreadable) {
      FacesText.error("review.CORRECTION_UNREADABLE");
      return false;
    }
    try {
      review.resubmit(applicationId, method, feeReceiptNumber, correction, note);
      FacesText.info("review.resubmitted");
      note = null;
      method = null;
      feeReceiptNumber = null;
      owedFeeOf = null;
      fieldsOf = null;
      corrected = new CorrectedValues();
      return true;
    } catch (SubmissionRefused refused) {
      FacesText.error(
          refused.problem() == SubmissionRefused.Problem.PROXY_NOT_ELIGIBLE
              ? "proxy.refused." + refused.details().get(0)
              : "submit." + refused.problem().name(),
          refused.details().toArray());
      return false;
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

  /** Only what the return named is read from the page; the rest stays as it is. */
  private Correction correction(Set<CorrectionField> named) {
    CorrectedValues c = corrected;
    return new Correction(
        named.contains(CorrectionField.APPLICATION_TYPE) ? c.getType() : null,
        named.contains(CorrectionField.FINGERPRINTS) ? c.fingerprints() : null,
        named.contains(CorrectionField.AGENT_PHONE) ? blankToNull(c.getAgentPhone()) : null,
        named.contains(CorrectionField.LETTER_DATE) && blankToNull(c.getLetterDate()) != null
            ? LocalDate.parse(c.getLetterDate().strip())
            : null,
        named.contains(CorrectionField.FEE_RECEIPT) ? c.getMethod() : null,
        named.contains(CorrectionField.FEE_RECEIPT) ? blankToNull(c.getFeeReceiptNumber()) : null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The values the clerk types for the named fields. */
  public static class CorrectedValues implements Serializable {
    private static final long serialVersionUID = 1L;
    private ApplicationType type;
    private final FingerprintChoice fingerprint = new FingerprintChoice();
    private String agentPhone;
    private String letterDate;
    private PaymentMethod method;
    private String feeReceiptNumber;

    /** The chosen fingerprints; refused as unreadable when chosen but inconsistent. */
    Fingerprints fingerprints() {
      Fingerprints chosen = fingerprint.fingerprints();
      if (chosen == null && fingerprint.getStatus() != null) {
        throw new IllegalArgumentException("Inconsistent fingerprints");
      }
      return chosen;
    }

    public ApplicationType getType() {
      return type;
    }

    public void setType(ApplicationType type) {
      this.type = type;
    }

    public FingerprintChoice getFingerprint() {
      return fingerprint;
    }

    public String getAgentPhone() {
      return agentPhone;
    }

    public void setAgentPhone(String agentPhone) {
      this.agentPhone = agentPhone;
    }

    public String getLetterDate() {
      return letterDate;
    }

    public void setLetterDate(String letterDate) {
      this.letterDate = letterDate;
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
  }

  public CorrectedValues getCorrected() {
    return corrected;
  }

  public ApplicationType[] getTypes() {
    return ApplicationType.values();
  }

  public FingerprintStatus[] getFingerprintStatuses() {
    return FingerprintStatus.values();
  }

  public FingerPosition[] getFingerPositions() {
    return FingerPosition.values();
  }

  public FingerprintException[] getFingerprintExceptions() {
    return FingerprintException.values();
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
