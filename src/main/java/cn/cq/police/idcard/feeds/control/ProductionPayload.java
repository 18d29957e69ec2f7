package cn.cq.police.idcard.feeds.control;

import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import cn.cq.police.idcard.receipts.entity.Receipt;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * What the production centre needs to make the card: the applicant's data from the receipt, the
 * photo itself (Base64 JPEG with its SHA-256, and whether the detection centre or the station's own
 * camera or scanner took it), the application's terms and the idempotency key. Built at sending
 * time from the stored application.
 */
public final class ProductionPayload {

  private ProductionPayload() {}

  public static byte[] of(Application application, String idempotencyKey, byte[] photoJpeg) {
    Receipt receipt = application.getReceipt();
    Fingerprints fingerprints = application.getFingerprints();
    JsonObjectBuilder applicant =
        Json.createObjectBuilder()
            .add("name", receipt.getName())
            .add("citizenIdNumber", receipt.getCitizenIdNumber().value())
            .add("sex", receipt.getSex().name())
            .add("ethnicityCode", receipt.getEthnicityCode())
            .add("birthDate", receipt.getBirthDate().toString())
            .add("householdRegionCode", receipt.getHouseholdRegionCode())
            .add("householdAddress", receipt.getHouseholdAddress());
    JsonObjectBuilder photo =
        Json.createObjectBuilder()
            .add("sha256", receipt.getPhotoSha256())
            .add("source", receipt.getPhotoSource().name())
            .add("jpegBase64", Base64.getEncoder().encodeToString(photoJpeg));
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("idempotencyKey", idempotencyKey)
            .add("acceptanceNumber", application.getAcceptanceNumber().value())
            .add("stationCode", application.getStation().getCode())
            .add("applicationType", application.getType().name())
            .add("inPerson", application.isInPerson())
            .add("submittedAt", application.getSubmittedAt().toString())
            .add("receiptNumber", receipt.getReceiptNumber().value())
            .add("fingerprints", fingerprints.getStatus().name())
            .add("firstFinger", fingerCode(fingerprints.getFirst()))
            .add("secondFinger", fingerCode(fingerprints.getSecond()))
            .add("validityStart", date(application.getValidityStart()))
            .add("validityEnd", date(application.getValidityEnd()))
            .add("applicant", applicant)
            .add("photo", photo);
    return body.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The GA 1011 code (11-20, 97-99), which the centre reads; empty when none was registered. */
  private static String fingerCode(FingerPosition position) {
    return position == null ? "" : String.valueOf(position.code());
  }

  /** Null (long-term card) as an empty string keeps the document's shape fixed. */
  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
