package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.receipts.control.IntakeRaceLost;
import cn.cq.police.idcard.receipts.control.IntakeReason;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the intake's expected failures into clean 4xx answers instead of a 500. */
final class IntakeExceptions {

  private IntakeExceptions() {}

  /** A chunked body outgrew the limit while it was read: 413, nothing was stored. */
  @Provider
  public static class TooLarge implements ExceptionMapper<IntakeBodyLimit.BodyTooLarge> {

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(IntakeBodyLimit.BodyTooLarge exception) {
      return ReceiptIntakeResource.problem(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          IntakeReason.PAYLOAD_TOO_LARGE,
          headers,
          exception.limit);
    }
  }

  /**
   * A concurrent request stored one of the receipt numbers first: 409, and the transaction rolled
   * back, so nothing of this request is stored; re-sending sorts it out.
   */
  @Provider
  public static class RaceLost implements ExceptionMapper<IntakeRaceLost> {

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(IntakeRaceLost exception) {
      return ReceiptIntakeResource.problem(
          Response.Status.CONFLICT, IntakeReason.CONFLICT, headers);
    }
  }
}
