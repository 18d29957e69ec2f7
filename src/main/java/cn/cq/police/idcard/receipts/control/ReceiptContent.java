package cn.cq.police.idcard.receipts.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The canonical content of a receipt: its fields in a fixed order, one per line, dates in ISO form.
 * Two deliveries of the same receipt hash alike however the JSON was laid out; the photo counts
 * through its SHA-256, which the centre's signature covers. The signature itself is left out: it is
 * a function of the content, not content.
 */
public final class ReceiptContent {

  private ReceiptContent() {}

  public static String sha256(
      String receiptNumber,
      String citizenIdNumber,
      String name,
      String ethnicityCode,
      String householdRegionCode,
      String householdAddress,
      LocalDate issueDate,
      String photoCheck,
      String photoSha256) {
    String canonical =
        String.join(
            "\n",
            receiptNumber,
            citizenIdNumber,
            name,
            ethnicityCode,
            householdRegionCode,
            householdAddress,
            issueDate.toString(),
            photoCheck,
            photoSha256);
    return CentreSignature.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
  }
}
