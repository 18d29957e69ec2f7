package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.ReceiptLookup;
import cn.cq.police.idcard.receipts.control.Ethnicities;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The counter's first screen: a receipt number (typed or scanned; a scanner ends with Enter) and
 * the applicant's citizen ID number; shows the photo and the applicant, or why the receipt cannot
 * be used.
 */
@Named
@ViewScoped
public class ReceiptLookupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longer input is refused before it reaches any query. */
  public static final int MAX_ID_INPUT = 20;

  /**
   * Set by the station photo page before it redirects here: the receipt its accepted photo became
   * and the citizen ID number it was taken for, so the counter goes on as after a look-up.
   */
  public static final String HANDED_RECEIPT = "stationPhoto.receiptNumber";

  public static final String HANDED_ID_NUMBER = "stationPhoto.idNumber";

  @Inject ReceiptLookups receipts;

  @Inject LookedUpPhoto photo;

  private String receiptNumber;
  private String idNumber;
  private ReceiptLookup result;
  private boolean dayClosed;

  public void lookUp() {
    if (isTooLong(receiptNumber, ReceiptNumber.MAX_LENGTH + 10)
        || isTooLong(idNumber, MAX_ID_INPUT)) {
      result = null;
      FacesText.error("lookup.TOO_LONG");
      return;
    }
    ReceiptLookup found = receipts.lookUp(receiptNumber, idNumber);
    if (found.photo() != null) {
      photo.show(found.photoDataUri());
    }
    result = found.withoutPhoto();
    dayClosed = result.outcome().isUsable() && receipts.todayClosed();
    if (dayClosed) {
      FacesText.error("lookup.DAY_CLOSED");
    } else if (result.outcome().isUsable()) {
      FacesText.info(outcomeMessageKey(), messageArguments());
    } else {
      FacesText.error(outcomeMessageKey(), messageArguments());
    }
  }

  /** Looks up the receipt the station photo page handed over, if it did. */
  public void takeOverHandedReceipt() {
    Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
    Object handedReceipt = flash.get(HANDED_RECEIPT);
    Object handedIdNumber = flash.get(HANDED_ID_NUMBER);
    if (handedReceipt instanceof String number && handedIdNumber instanceof String id) {
      receiptNumber = number;
      idNumber = id;
      lookUp();
    }
  }

  public void clear() {
    receiptNumber = null;
    idNumber = null;
    result = null;
    dayClosed = false;
  }

  private static boolean isTooLong(String input, int max) {
    return input != null && input.length() > max;
  }

  private String outcomeMessageKey() {
    return result.idNumberProblem() == null
        ? "lookup." + result.outcome().name()
        : "lookup.INVALID_ID_NUMBER." + result.idNumberProblem().name();
  }

  private Object[] messageArguments() {
    return new Object[] {
      result.validUntil() == null ? "" : result.validUntil().toString(),
      result.blockingAcceptanceNumber() == null ? "" : result.blockingAcceptanceNumber().value()
    };
  }

  public String getEthnicityName() {
    return result == null || result.receipt() == null
        ? null
        : Ethnicities.name(result.receipt().getEthnicityCode());
  }

  /** The receipt is usable, but the station closed today: the form is not offered. */
  public boolean isDayClosed() {
    return dayClosed;
  }

  public ReceiptLookup getResult() {
    return result;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public void setReceiptNumber(String receiptNumber) {
    this.receiptNumber = receiptNumber;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }
}
