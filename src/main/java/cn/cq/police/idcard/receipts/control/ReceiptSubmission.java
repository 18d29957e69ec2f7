package cn.cq.police.idcard.receipts.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One receipt as the detection centre sends it (JSON). Every field is text, so that a wrong date or
 * code becomes a reason code of the intake rather than a parse error of the whole request.
 *
 * @param sex optional; derived from the ID number, and when given it must agree (MALE, FEMALE)
 * @param birthDate optional; derived from the ID number, and when given it must agree
 * @param issueDate ISO date (yyyy-MM-dd) the centre issued the receipt, not in the future
 * @param photoCheck PASSED or FAILED: the centre's verdict on the photo
 * @param photoSha256 lower-case hex SHA-256 of the JPEG bytes
 * @param centreSignature Base64 Ed25519 signature over {@code
 *     receiptNumber|citizenIdNumber|photoSha256}
 * @param photo the JPEG, Base64
 */
// @Schema lists the record in the OpenAPI document's components; Payara skips unannotated ones.
@Schema(
    name = "ReceiptSubmission",
    description =
        "One receipt from the detection centre. Dates yyyy-MM-dd; sex and birthDate are optional"
            + " and must agree with the ID number; photo is the JPEG (358 x 441) in Base64.")
public record ReceiptSubmission(
    String receiptNumber,
    String citizenIdNumber,
    String name,
    String sex,
    String birthDate,
    String ethnicityCode,
    String householdRegionCode,
    String householdAddress,
    String issueDate,
    String photoCheck,
    String photoSha256,
    String centreSignature,
    String photo) {

  /** Never the full ID number or the photo, should a submission end up in a log. */
  @Override
  public String toString() {
    return "ReceiptSubmission[receiptNumber=" + receiptNumber + "]";
  }
}
