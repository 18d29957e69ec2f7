package cn.cq.police.idcard.feeds.boundary;

import static cn.cq.police.idcard.feeds.boundary.ReceiptIntakeResource.UNPROCESSABLE;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.feeds.control.StatusReports;
import cn.cq.police.idcard.feeds.control.StatusReports.Outcome;
import cn.cq.police.idcard.feeds.control.StatusReports.ReportRefused;
import cn.cq.police.idcard.feeds.entity.Centre;
import cn.cq.police.idcard.feeds.entity.StatusReport.Kind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The production centre's callback: {@code {"acceptanceNumber": "...", "status":
 * "ACCEPTED|REJECTED|PRODUCED|DISPATCHED", "reason": "..."}} (reason required for REJECTED). A
 * repeated report is answered 200 and changes nothing; a report that does not fit the application's
 * status 409, an unknown application 404, a malformed one 400, one with a field of the wrong JSON
 * type ({@code "reason": 5}) 422 — each with a machine-readable reason.
 */
@Path("production/status-reports")
@Stateless
@CentreAuthenticated(Centre.PRODUCTION_CENTRE)
// The centre is no container user: CentreRequestAuthentication admits its signed requests only.
@PermitAll
public class StatusReportResource {

  @Inject StatusReports reports;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report the status of an application sent for production")
  @SecurityRequirement(name = "apiKey")
  @SecurityRequirement(name = "signature")
  @APIResponse(responseCode = "200", description = "applied, or repeated and ignored")
  @APIResponse(responseCode = "400", description = "malformed report")
  @APIResponse(responseCode = "401", description = "not the production centre")
  @APIResponse(responseCode = "404", description = "unknown acceptance number")
  @APIResponse(responseCode = "409", description = "impossible in the application's status")
  @APIResponse(responseCode = "422", description = "a field of the wrong JSON type (WRONG_TYPE)")
  public Response report(byte[] body) {
    try {
      Optional<JsonShape.Mismatch> mismatch = JsonShape.of(body, Report.class);
      if (mismatch.isPresent()) {
        return refused(
            UNPROCESSABLE,
            ReportRefused.Problem.WRONG_TYPE,
            mismatch.get().path() + " must be a JSON " + mismatch.get().expected());
      }
    } catch (RuntimeException notAnObject) {
      // Answered below as INVALID_REPORT, with everything else that is not a report.
    }
    JsonObject report;
    Kind kind;
    try {
      report = Json.createReader(new ByteArrayInputStream(body)).readObject();
      kind = Kind.valueOf(text(report, "status"));
    } catch (RuntimeException malformed) {
      return refused(
          Response.Status.BAD_REQUEST,
          ReportRefused.Problem.INVALID_REPORT,
          "expected a JSON object with acceptanceNumber and status (ACCEPTED, REJECTED, PRODUCED,"
              + " DISPATCHED)");
    }
    String acceptanceNumber = text(report, "acceptanceNumber");
    if (acceptanceNumber == null || acceptanceNumber.isBlank() || acceptanceNumber.length() > 30) {
      return refused(
          Response.Status.BAD_REQUEST,
          ReportRefused.Problem.INVALID_REPORT,
          "acceptanceNumber missing");
    }
    Optional<AcceptanceNumber> number = AcceptanceNumber.tryParse(acceptanceNumber.trim());
    if (number.isEmpty()) {
      // No application can have a number of another shape.
      return refused(
          Response.Status.NOT_FOUND,
          ReportRefused.Problem.UNKNOWN_APPLICATION,
          "no application " + acceptanceNumber.trim());
    }
    try {
      Outcome outcome = reports.apply(number.get(), kind, text(report, "reason"));
      return Response.ok(
              Map.of(
                  "acceptanceNumber",
                  acceptanceNumber,
                  "status",
                  kind.name(),
                  "outcome",
                  outcome.name()))
          .build();
    } catch (ReportRefused refused) {
      return refused(statusOf(refused.problem()), refused.problem(), refused.getMessage());
    }
  }

  /** The report's fields and their JSON types; the resource reads it with JSON-P. */
  record Report(String acceptanceNumber, String status, String reason) {}

  private static Response.StatusType statusOf(ReportRefused.Problem problem) {
    return switch (problem) {
      case INVALID_REPORT -> Response.Status.BAD_REQUEST;
      case WRONG_TYPE -> UNPROCESSABLE;
      case UNKNOWN_APPLICATION -> Response.Status.NOT_FOUND;
      case IMPOSSIBLE_TRANSITION -> Response.Status.CONFLICT;
    };
  }

  private static Response refused(
      Response.StatusType status, ReportRefused.Problem problem, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("reason", problem.name(), "message", message))
        .build();
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString string ? string.getString() : null;
  }
}
