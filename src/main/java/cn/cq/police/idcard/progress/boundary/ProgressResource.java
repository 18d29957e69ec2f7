package cn.cq.police.idcard.progress.boundary;

import cn.cq.police.idcard.progress.control.CitizenProgress;
import cn.cq.police.idcard.progress.control.ProgressAnswer;
import cn.cq.police.idcard.progress.control.ProgressQuery;
import cn.cq.police.idcard.progress.control.ProgressTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/progress} with {@code {"acceptanceNumber": "...", "idSuffix": "..."}}: the
 * public progress query as JSON, for the city's app or website. A POST, so the ID suffix never
 * stands in a URL or an access log. No credential: the throttle is the gate. The texts follow
 * {@code Accept-Language} (Chinese unless English comes first).
 */
@Path("progress")
@RequestScoped
@Tag(name = "progress", description = "The public progress query: no login, throttled")
public class ProgressResource {

  static final int TOO_MANY_REQUESTS = 429;

  @Inject Progress progress;

  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary = "Where an ID card application stands",
      description =
          "For residents: the acceptance number (受理号) and the last six characters of the"
              + " applicant's citizen ID number give the stage in plain words (受理中, 审核中, 制证中,"
              + " 已到所待领, 已领取, 已邮寄, 退回需补正 with what to bring, 已撤销), the promised pickup"
              + " date and the station's name, address and office hours; never a name, photo or ID"
              + " number. A wrong suffix is answered exactly like an unknown number (404"
              + " NOT_FOUND). Limits: 10 queries per client address per minute, then a minute's"
              + " wait; 5 wrong suffixes for one acceptance number within a day refuse that number"
              + " for a day, right suffix included (both settings; 429 TOO_MANY_QUERIES with"
              + " Retry-After). Texts in Chinese, or English when Accept-Language asks for it"
              + " first.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressJson.Query.class)))
  @APIResponse(
      responseCode = "200",
      description = "The application's progress.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressJson.ProgressView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Not a query: not a JSON object, a field missing, of the wrong JSON type or shape"
              + " (INVALID_QUERY, field names it).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressJson.Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No application with this number and suffix (NOT_FOUND), whichever is wrong.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressJson.Problem.class)))
  @APIResponse(
      responseCode = "413",
      description = "Request body too large (reason PAYLOAD_TOO_LARGE).")
  @APIResponse(
      responseCode = "429",
      description = "Too many queries from this address or for this number (TOO_MANY_QUERIES).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressJson.Problem.class)))
  public Response query(byte[] body) {
    ProgressTexts texts =
        new ProgressTexts(ProgressTexts.preferred(headers.getAcceptableLanguages()));
    Optional<JsonObject> request = object(body);
    String number = request.map(o -> text(o, "acceptanceNumber")).orElse(null);
    String suffix = request.map(o -> text(o, "idSuffix")).orElse(null);
    ProgressAnswer answer = progress.query(number, suffix);
    if (answer instanceof ProgressAnswer.Found found) {
      return Response.ok(view(found, texts)).language(texts.locale()).build();
    }
    if (answer instanceof ProgressAnswer.Invalid invalid) {
      return problem(
          Response.Status.BAD_REQUEST.getStatusCode(),
          "INVALID_QUERY",
          fieldOf(invalid.problem()),
          texts,
          answer);
    }
    if (answer instanceof ProgressAnswer.Throttled) {
      return problem(TOO_MANY_REQUESTS, "TOO_MANY_QUERIES", null, texts, answer);
    }
    return problem(Response.Status.NOT_FOUND.getStatusCode(), "NOT_FOUND", null, texts, answer);
  }

  private static ProgressJson.ProgressView view(ProgressAnswer.Found found, ProgressTexts texts) {
    CitizenProgress progress = found.progress();
    return new ProgressJson.ProgressView(
        found.acceptanceNumber().value(),
        progress.stage().name(),
        texts.stage(progress.stage()),
        texts.explanation(progress),
        texts.toBring(progress),
        progress.trackingNumber(),
        progress.promisedPickupDate() == null ? null : progress.promisedPickupDate().toString(),
        new ProgressJson.StationView(
            progress.stationName(), progress.stationAddress(), progress.officeHours()));
  }

  private static Response problem(
      int status, String reason, String field, ProgressTexts texts, ProgressAnswer answer) {
    Long retryAfter =
        answer instanceof ProgressAnswer.Throttled throttled ? throttled.retryAfterSeconds() : null;
    String message = texts.refusal(answer);
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
            .language(texts.locale())
            .entity(new ProgressJson.Problem(reason, field, message, retryAfter));
    if (retryAfter != null) {
      response.header(HttpHeaders.RETRY_AFTER, retryAfter);
    }
    return response.build();
  }

  private static String fieldOf(ProgressQuery.Problem problem) {
    return switch (problem) {
      case NUMBER_MISSING, NUMBER_INVALID -> "acceptanceNumber";
      case SUFFIX_MISSING, SUFFIX_INVALID -> "idSuffix";
    };
  }

  /** The body as a JSON object; anything else reads as a query with both fields missing. */
  private static Optional<JsonObject> object(byte[] body) {
    try {
      return Optional.of(Json.createReader(new ByteArrayInputStream(body)).readObject());
    } catch (RuntimeException notAnObject) {
      return Optional.empty();
    }
  }

  /** A field's text; a number, an array or anything else but a string counts as missing. */
  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString string ? string.getString() : null;
  }
}
