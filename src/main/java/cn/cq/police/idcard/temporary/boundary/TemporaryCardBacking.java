package cn.cq.police.idcard.temporary.boundary;

import cn.cq.police.idcard.applications.boundary.ReceiptLookupBacking;
import cn.cq.police.idcard.applications.control.LookupOutcome;
import cn.cq.police.idcard.applications.control.ReceiptLookup;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import cn.cq.police.idcard.temporary.control.TemporaryCardIssue;
import cn.cq.police.idcard.temporary.control.TemporaryCardRefused;
import cn.cq.police.idcard.temporary.control.TemporaryCardRequest;
import cn.cq.police.idcard.temporary.entity.TemporaryCard;
import cn.cq.police.idcard.temporary.entity.TemporaryCardReason;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Step 8 on the counter page: from the looked-up receipt to a temporary card. Closed until the
 * clerk asks for it, so the main flow stays as it was. One submission token per looked-up person: a
 * double click or a retried request issues one card, and looking up someone else starts afresh.
 */
@Named
@ViewScoped
public class TemporaryCardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Outcomes whose receipt may give a temporary card its photo; the issue judges the rest. */
  private static final Set<LookupOutcome> OFFERED =
      EnumSet.of(
          LookupOutcome.USABLE, LookupOutcome.ALREADY_USED, LookupOutcome.APPLICATION_IN_PROGRESS);

  @Inject TemporaryCards temporaryCards;

  @Inject ReceiptLookupBacking lookup;

  /** The receipt the form was opened for; another look-up starts afresh. */
  private Long openedFor;

  private String submissionToken;
  private TemporaryCardIssue.Prospect prospect;

  private TemporaryCardReason reason;
  private String reasonNote;
  private PaymentMethod paymentMethod = PaymentMethod.CASH;
  private String feeReceiptNumber;
  private boolean handedOverAtOnce = true;

  private TemporaryCard issued;
  private boolean feeReceiptIssued;

  /** The way to a temporary card is shown for a receipt that might give one. */
  public boolean isOffered() {
    ReceiptLookup result = lookup.getResult();
    return result != null && result.showsApplicant() && OFFERED.contains(result.outcome());
  }

  /** The form is open for the person now looked up. */
  public boolean isOpen() {
    return isOffered() && prospect != null && lookedUpReceipt().equals(openedFor);
  }

  /** 申领临时居民身份证: judges the person first, so a refusal comes before any typing. */
  public void open() {
    if (!isOffered()) {
      return;
    }
    if (!lookedUpReceipt().equals(openedFor)) {
      startAfresh();
      openedFor = lookedUpReceipt();
    }
    prospect = temporaryCards.prospect(lookup.getReceiptNumber(), lookup.getIdNumber());
    prospect.refusal().ifPresent(TemporaryCardMessages::show);
  }

  private Long lookedUpReceipt() {
    return lookup.getResult().receipt().getId();
  }

  private void startAfresh() {
    submissionToken = UUID.randomUUID().toString();
    reason = null;
    reasonNote = null;
    paymentMethod = PaymentMethod.CASH;
    feeReceiptNumber = null;
    handedOverAtOnce = true;
    issued = null;
    feeReceiptIssued = false;
  }

  public void issue() {
    if (!isOpen()) {
      return;
    }
    try {
      TemporaryCardIssue.Issued result =
          temporaryCards.issue(
              new TemporaryCardRequest(
                  lookup.getReceiptNumber(),
                  lookup.getIdNumber(),
                  submissionToken,
                  reason,
                  reasonNote,
                  paymentMethod,
                  feeReceiptNumber,
                  handedOverAtOnce));
      issued = result.card();
      feeReceiptIssued = result.payment() != null && result.payment().isFeeReceiptIssued();
      FacesText.info("temporary.issued", issued.getCardNumber().value());
    } catch (TemporaryCardRefused refused) {
      // An application exception: the container passes it through unwrapped.
      TemporaryCardMessages.show(refused);
    }
  }

  /** The applicant signs and takes the card after all, still at the counter. */
  public void handOver() {
    if (issued == null) {
      return;
    }
    try {
      issued = temporaryCards.handOver(issued.getId());
      FacesText.info("temporary.handedOver");
    } catch (TemporaryCardRefused refused) {
      TemporaryCardMessages.show(refused);
    }
  }

  /** Whether the person may have a card issued: the form is shown only then. */
  public boolean isIssuable() {
    return isOpen() && prospect.refusal().isEmpty();
  }

  public boolean isFeeDue() {
    return prospect != null && !prospect.fee().isZero();
  }

  public TemporaryCardIssue.Prospect getProspect() {
    return prospect;
  }

  public TemporaryCard getIssued() {
    return isOpen() ? issued : null;
  }

  public boolean isFeeReceiptIssued() {
    return feeReceiptIssued;
  }

  public TemporaryCardReason[] getReasons() {
    return TemporaryCardReason.values();
  }

  public PaymentMethod[] getPaymentMethods() {
    return PaymentMethod.values();
  }

  public TemporaryCardReason getReason() {
    return reason;
  }

  public void setReason(TemporaryCardReason reason) {
    this.reason = reason;
  }

  /** The note field is asked for only with "other". */
  public boolean isNoteNeeded() {
    return reason != null && reason.needsNote();
  }

  public String getReasonNote() {
    return reasonNote;
  }

  public void setReasonNote(String reasonNote) {
    this.reasonNote = reasonNote;
  }

  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  public void setPaymentMethod(PaymentMethod paymentMethod) {
    this.paymentMethod = paymentMethod;
  }

  public String getFeeReceiptNumber() {
    return feeReceiptNumber;
  }

  public void setFeeReceiptNumber(String feeReceiptNumber) {
    this.feeReceiptNumber = feeReceiptNumber;
  }

  public boolean isHandedOverAtOnce() {
    return handedOverAtOnce;
  }

  public void setHandedOverAtOnce(boolean handedOverAtOnce) {
    this.handedOverAtOnce = handedOverAtOnce;
  }
}
