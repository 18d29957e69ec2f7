package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the clerk corrects on a returned application; null leaves a field as it is. Which fields may
 * change is the supervisor's call (the review component checks it before applying this).
 *
 * @param method and {@code feeReceiptNumber}: the charge, both or neither
 */
public record Correction(
    ApplicationType type,
    Fingerprints fingerprints,
    String agentPhone,
    LocalDate letterDate,
    PaymentMethod method,
    String feeReceiptNumber)
    implements Serializable {

  public static final Correction NONE = new Correction(null, null, null, null, null, null);

  public boolean chargesAnew() {
    return method != null || feeReceiptNumber != null;
  }
}
