package cn.cq.police.idcard.progress.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON documents of the public progress query (JSON-B maps these records). */
public final class ProgressJson {

  private ProgressJson() {}

  /** What a resident asks. */
  @Schema(name = "ProgressQuery")
  public record Query(
      @Schema(
              description =
                  "受理号, the acceptance number on the collection voucher (24 characters; spaces"
                      + " and dashes are ignored)",
              example = "500103510001202612010007")
          String acceptanceNumber,
      @Schema(
              description =
                  "The last six characters of the applicant's citizen ID number (the last may be"
                      + " X)",
              example = "12345X")
          String idSuffix) {}

  /** The station where the application was accepted and the card is collected. */
  @Schema(name = "ProgressStation")
  public record StationView(String name, String address, String officeHours) {}

  /** Where the application stands, and nothing about the person. */
  @Schema(name = "Progress")
  public record ProgressView(
      String acceptanceNumber,
      @Schema(
              description =
                  "ACCEPTED, UNDER_REVIEW, IN_PRODUCTION, READY_FOR_PICKUP, COLLECTED, MAILED, DELIVERED,"
                      + " CORRECTION_NEEDED or CANCELLED")
          String stage,
      @Schema(description = "The stage in the requested language, e.g. 制证中") String stageText,
      String explanation,
      @Schema(description = "For CORRECTION_NEEDED: what to bring to the station")
          List<String> toBring,
      @Schema(description = "For MAILED and DELIVERED: the parcel's tracking number")
          String trackingNumber,
      @Schema(description = "yyyy-MM-dd; absent once the card was collected")
          String promisedPickupDate,
      StationView station) {}

  /** A refusal: no such pair, a malformed query, or too many queries. */
  @Schema(name = "ProgressProblem")
  public record Problem(
      @Schema(description = "NOT_FOUND, INVALID_QUERY, TOO_MANY_QUERIES") String reason,
      @Schema(description = "For INVALID_QUERY: which field, acceptanceNumber or idSuffix")
          String field,
      String message,
      @Schema(description = "For TOO_MANY_QUERIES: seconds to wait, as in Retry-After")
          Long retryAfterSeconds) {}
}
