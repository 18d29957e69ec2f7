package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.applications.control.Postings;
import cn.cq.police.idcard.feeds.entity.Centre;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The courier's callback (邮寄送证): {@code {"trackingNumber": "...", "status": "DELIVERED"}} when a
 * posted card was signed for. The application becomes 已签收 and the delivery is its hand-over record.
 * A repeated report is answered 200 and changes nothing; an unknown tracking number 404; a
 * malformed report 400.
 */
@Path("courier/reports")
@Stateless
@CentreAuthenticated(Centre.COURIER)
// The courier is no container user: CentreRequestAuthentication admits its signed requests only.
@PermitAll
public class CourierReportResource {

  static final String DELIVERED = "DELIVERED";

  @Inject Postings postings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report a posted ID card delivered")
  @SecurityRequirement(name = "apiKey")
  @SecurityRequirement(name = "signature")
  @APIResponse(responseCode = "200", description = "applied, or repeated and ignored")
  @APIResponse(responseCode = "400", description = "malformed report")
  @APIResponse(responseCode = "401", description = "not the courier")
  @APIResponse(responseCode = "404", description = "no parcel with that tracking number")
  public Response report(byte[] body) {
    String trackingNumber;
    try {
      JsonObject report = Json.createReader(new ByteArrayInputStream(body)).readObject();
      if (!DELIVERED.equals(text(report, "status"))) {
        return refused(Response.Status.BAD_REQUEST, "status must be DELIVERED");
      }
      trackingNumber = Postings.normalizedTrackingNumber(text(report, "trackingNumber"));
    } catch (RuntimeException malformed) {
      return refused(
          Response.Status.BAD_REQUEST, "expected a JSON object with trackingNumber and status");
    }
    if (trackingNumber == null) {
      return refused(Response.Status.BAD_REQUEST, "trackingNumber missing or malformed");
    }
    Postings.Outcome outcome = postings.delivered(trackingNumber);
    if (outcome == Postings.Outcome.UNKNOWN) {
      return Response.status(Response.Status.NOT_FOUND)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("reason", "UNKNOWN_PARCEL", "message", "no parcel " + trackingNumber))
          .build();
    }
    return Response.ok(Map.of("trackingNumber", trackingNumber, "outcome", outcome.name())).build();
  }

  private static Response refused(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("reason", "INVALID_REPORT", "message", message))
        .build();
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString string ? string.getString() : null;
  }
}
