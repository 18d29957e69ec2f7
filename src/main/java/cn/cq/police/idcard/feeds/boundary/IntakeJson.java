package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.receipts.control.ReceiptSubmission;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON documents of the intake API (JSON-B maps these records). */
public final class IntakeJson {

  private IntakeJson() {}

  /** A batch: up to 1,000 receipts. */
  @Schema(name = "Batch")
  public record Batch(List<ReceiptSubmission> receipts) {}

  /** The centre withdraws a receipt, saying why (at most 200 characters are kept). */
  @Schema(name = "RevocationRequest")
  public record RevocationRequest(String reason) {}

  /** A refusal of the whole request, or of one receipt. */
  @Schema(name = "Problem")
  public record Problem(String reason, String message) {}

  /**
   * The outcome of one receipt: STORED, ALREADY_PRESENT, REJECTED, or NOT_STORED (valid, but its
   * all-or-nothing batch was refused); reason and message for the last two.
   */
  @Schema(name = "ItemResult")
  public record ItemResult(
      int index, String receiptNumber, String outcome, String reason, String message) {}

  /** What happened to a batch: counts, and one result per item in request order. */
  @Schema(name = "BatchResult")
  public record BatchResult(
      String mode,
      boolean refused,
      long stored,
      long alreadyPresent,
      long rejected,
      List<ItemResult> items) {}

  /** The receipt as the centre may see it. */
  @Schema(name = "ReceiptStatusView")
  public record ReceiptStatusView(
      String receiptNumber,
      String status,
      String contentSha256,
      LocalDateTime receivedAt,
      LocalDateTime revokedAt) {}
}
