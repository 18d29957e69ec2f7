package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.boundary.IntakeJson.Batch;
import cn.cq.police.idcard.feeds.boundary.IntakeJson.BatchResult;
import cn.cq.police.idcard.feeds.boundary.IntakeJson.ItemResult;
import cn.cq.police.idcard.feeds.boundary.IntakeJson.Problem;
import cn.cq.police.idcard.feeds.boundary.IntakeJson.ReceiptStatusView;
import cn.cq.police.idcard.feeds.boundary.IntakeJson.RevocationRequest;
import cn.cq.police.idcard.feeds.entity.Centre;
import cn.cq.police.idcard.receipts.control.IntakeReason;
import cn.cq.police.idcard.receipts.control.IntakeReport;
import cn.cq.police.idcard.receipts.control.IntakeReport.Outcome;
import cn.cq.police.idcard.receipts.control.ReceiptIntake;
import cn.cq.police.idcard.receipts.control.ReceiptSubmission;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The detection centre pushes receipts (with photo and check result) here, one at a time or in
 * batches, looks up what it delivered, and revokes receipts. Thin: parsing and status codes here,
 * the rules in {@link ReceiptIntake}; one transaction per request.
 */
@Stateless
@Path("receipts")
@CentreAuthenticated(Centre.DETECTION_CENTRE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Receipt intake",
    description = "The photo detection centre delivers and revokes receipts.")
@SecurityRequirementsSet({
  @SecurityRequirement(name = "apiKey"),
  @SecurityRequirement(name = "signature")
})
// The centre is no container user: CentreRequestAuthentication admits its signed requests only.
@PermitAll
public class ReceiptIntakeResource {

  static final String ACCEPT_VALID = "accept-valid";
  static final String ALL_OR_NOTHING = "all-or-nothing";

  // Thread-safe and costly to create: one for all requests.
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ReceiptIntake intake;

  @POST
  @Operation(
      summary = "Deliver one receipt",
      description =
          "Validates every field, the photo (JPEG, 358 x 441 pixels, size bounds, SHA-256) and the"
              + " centre's Ed25519 signature over receiptNumber|citizenIdNumber|photoSha256, then"
              + " stores the receipt. Sending the same receipt again (same content) stores nothing"
              + " and answers 200 ALREADY_PRESENT; the same receipt number with other content is a"
              + " 409 CONFLICT and never overwrites.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReceiptSubmission.class)))
  @APIResponse(
      responseCode = "201",
      description = "Stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ItemResult.class)))
  @APIResponse(
      responseCode = "200",
      description = "Already present with the same content; nothing changed.")
  @APIResponse(
      responseCode = "400",
      description = "Not JSON (reason MALFORMED_JSON); nothing stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description =
          "Missing or wrong credential or signature, or a timestamp older than 5 minutes; nothing stored.")
  @APIResponse(
      responseCode = "409",
      description =
          "The receipt number is stored with other content (reason CONFLICT); nothing changed.")
  @APIResponse(
      responseCode = "413",
      description = "Request body too large (reason PAYLOAD_TOO_LARGE).")
  @APIResponse(
      responseCode = "422",
      description =
          "The receipt broke a rule, or a field has the wrong JSON type (WRONG_TYPE); reason"
              + " and message say which. Nothing stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ItemResult.class)))
  public Response deliverOne(
      byte[] body, @Context HttpHeaders headers, @Context HttpServletRequest request) {
    Optional<Response> wronglyTyped = wronglyTyped(body, ReceiptSubmission.class, headers);
    if (wronglyTyped.isPresent()) {
      return wronglyTyped.get();
    }
    ReceiptSubmission submission;
    try {
      submission = JSON.fromJson(new ByteArrayInputStream(body), ReceiptSubmission.class);
    } catch (JsonbException garbled) {
      return problem(Status.BAD_REQUEST, IntakeReason.MALFORMED_JSON, headers);
    }
    IntakeReport report = intake.ingest(Arrays.asList(submission), false, keyId(request));
    IntakeReport.Item item = report.items().get(0);
    Response.StatusType status =
        switch (item.outcome()) {
          case STORED -> Status.CREATED;
          case ALREADY_PRESENT -> Status.OK;
          default ->
              item.rejection().reason() == IntakeReason.CONFLICT ? Status.CONFLICT : UNPROCESSABLE;
        };
    return Response.status(status).entity(result(item, headers)).build();
  }

  @POST
  @Path("batch")
  @Operation(
      summary = "Deliver a batch of up to 1,000 receipts",
      description =
          "Each receipt is checked like a single delivery. By default the batch is all-or-nothing:"
              + " if any item is rejected, nothing of the batch is stored (409 when every rejected"
              + " item is a CONFLICT, else 422) and every item's result says why. With"
              + " ?mode=accept-valid the valid items are stored and the rejected ones reported"
              + " (200). Items already present with the same content count as ALREADY_PRESENT and"
              + " never make a batch fail. More than 1,000 items: 413 BATCH_TOO_LARGE.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Batch.class)))
  @APIResponse(
      responseCode = "200",
      description = "Stored (all valid items); see the per-item results.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BatchResult.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not JSON (MALFORMED_JSON) or no receipts (EMPTY_BATCH); nothing stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description =
          "Missing or wrong credential or signature, or a timestamp older than 5 minutes; nothing stored.")
  @APIResponse(
      responseCode = "409",
      description =
          "All-or-nothing batch refused: only conflicts with stored receipts. Nothing stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BatchResult.class)))
  @APIResponse(
      responseCode = "413",
      description =
          "More than 1,000 receipts (BATCH_TOO_LARGE) or body too large (PAYLOAD_TOO_LARGE); nothing stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "All-or-nothing batch refused: at least one receipt broke a rule (a BatchResult); or a"
              + " field has the wrong JSON type (a Problem, WRONG_TYPE). Nothing stored.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = BatchResult.class)))
  public Response deliverBatch(
      byte[] body,
      @Parameter(
              description =
                  "all-or-nothing (default): one rejected item refuses the whole batch."
                      + " accept-valid: store the valid items and report the rejected ones.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {ALL_OR_NOTHING, ACCEPT_VALID}))
          @QueryParam("mode")
          @DefaultValue(ALL_OR_NOTHING)
          String mode,
      @Context HttpHeaders headers,
      @Context HttpServletRequest request) {
    boolean acceptValid = ACCEPT_VALID.equals(mode);
    if (!acceptValid && !ALL_OR_NOTHING.equals(mode)) {
      return problem(Status.BAD_REQUEST, IntakeReason.MALFORMED_JSON, headers);
    }
    Optional<Response> wronglyTyped = wronglyTyped(body, Batch.class, headers);
    if (wronglyTyped.isPresent()) {
      return wronglyTyped.get();
    }
    Batch batch;
    try {
      batch = JSON.fromJson(new ByteArrayInputStream(body), Batch.class);
    } catch (JsonbException garbled) {
      return problem(Status.BAD_REQUEST, IntakeReason.MALFORMED_JSON, headers);
    }
    if (batch == null || batch.receipts() == null || batch.receipts().isEmpty()) {
      return problem(Status.BAD_REQUEST, IntakeReason.EMPTY_BATCH, headers);
    }
    if (batch.receipts().size() > ReceiptIntake.MAX_BATCH) {
      return problem(
          Status.REQUEST_ENTITY_TOO_LARGE,
          IntakeReason.BATCH_TOO_LARGE,
          headers,
          batch.receipts().size(),
          ReceiptIntake.MAX_BATCH);
    }
    IntakeReport report = intake.ingest(batch.receipts(), acceptValid, keyId(request));
    Response.StatusType status =
        !report.refused() ? Status.OK : report.onlyConflicts() ? Status.CONFLICT : UNPROCESSABLE;
    List<ItemResult> items = report.items().stream().map(item -> result(item, headers)).toList();
    return Response.status(status)
        .entity(
            new BatchResult(
                acceptValid ? ACCEPT_VALID : ALL_OR_NOTHING,
                report.refused(),
                report.count(Outcome.STORED),
                report.count(Outcome.ALREADY_PRESENT),
                report.count(Outcome.REJECTED),
                items))
        .build();
  }

  @GET
  @Path("{number}")
  @Operation(
      summary = "A delivered receipt's status",
      description = "Status (AVAILABLE, USED, REVOKED) and content hash; no personal data.")
  @APIResponse(
      responseCode = "200",
      description = "Found.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReceiptStatusView.class)))
  @APIResponse(responseCode = "404", description = "No such receipt (UNKNOWN_RECEIPT).")
  public Response status(@PathParam("number") String number, @Context HttpHeaders headers) {
    // A number that cannot be one is as unknown as one never delivered.
    return ReceiptNumber.tryParse(number)
        .flatMap(intake::state)
        .map(
            s ->
                Response.ok(
                        new ReceiptStatusView(
                            s.receiptNumber().value(),
                            s.status().name(),
                            s.contentSha256(),
                            s.receivedAt(),
                            s.revokedAt()))
                    .build())
        .orElseGet(() -> problem(Status.NOT_FOUND, IntakeReason.UNKNOWN_RECEIPT, headers));
  }

  @POST
  @Path("{number}/revocation")
  @Operation(
      summary = "Revoke a receipt",
      description =
          "The receipt can no longer be used at any counter. Audited with the reason. Revoking a"
              + " revoked receipt again changes nothing (200); a receipt already used for an"
              + " application cannot be revoked (409 RECEIPT_USED).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RevocationRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "Revoked (or already revoked).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReceiptStatusView.class)))
  @APIResponse(
      responseCode = "400",
      description = "No reason given (MISSING_REASON) or not JSON (MALFORMED_JSON).")
  @APIResponse(
      responseCode = "422",
      description = "The reason is not a JSON string (WRONG_TYPE). Nothing changed.")
  @APIResponse(responseCode = "404", description = "No such receipt (UNKNOWN_RECEIPT).")
  @APIResponse(
      responseCode = "409",
      description = "The receipt was used for an application (RECEIPT_USED).")
  public Response revoke(
      @PathParam("number") String number,
      byte[] body,
      @Context HttpHeaders headers,
      @Context HttpServletRequest request) {
    Optional<Response> wronglyTyped = wronglyTyped(body, RevocationRequest.class, headers);
    if (wronglyTyped.isPresent()) {
      return wronglyTyped.get();
    }
    RevocationRequest revocation;
    try {
      revocation = JSON.fromJson(new ByteArrayInputStream(body), RevocationRequest.class);
    } catch (JsonbException garbled) {
      return problem(Status.BAD_REQUEST, IntakeReason.MALFORMED_JSON, headers);
    }
    if (revocation == null || revocation.reason() == null || revocation.reason().isBlank()) {
      return problem(Status.BAD_REQUEST, IntakeReason.MISSING_REASON, headers);
    }
    Optional<ReceiptNumber> receiptNumber = ReceiptNumber.tryParse(number);
    if (receiptNumber.isEmpty()) {
      return problem(Status.NOT_FOUND, IntakeReason.UNKNOWN_RECEIPT, headers);
    }
    return switch (intake.revoke(receiptNumber.get(), revocation.reason(), keyId(request))) {
      case REVOKED, ALREADY_REVOKED -> status(number, headers);
      case UNKNOWN_RECEIPT -> problem(Status.NOT_FOUND, IntakeReason.UNKNOWN_RECEIPT, headers);
      case RECEIPT_USED -> problem(Status.CONFLICT, IntakeReason.RECEIPT_USED, headers);
    };
  }

  /**
   * A 422 naming the first field whose JSON type does not fit the request's record, or a 400 when
   * the body is not a JSON object; empty when every field fits.
   */
  private static Optional<Response> wronglyTyped(
      byte[] body, Class<? extends Record> type, HttpHeaders headers) {
    try {
      return JsonShape.of(body, type)
          .map(
              mismatch ->
                  problem(
                      UNPROCESSABLE,
                      IntakeReason.WRONG_TYPE,
                      headers,
                      mismatch.path(),
                      mismatch.expected()));
    } catch (JsonException | ClassCastException garbled) {
      return Optional.of(problem(Status.BAD_REQUEST, IntakeReason.MALFORMED_JSON, headers));
    }
  }

  /** 422 Unprocessable Content: well-formed JSON whose receipt breaks a rule. */
  static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  static Response problem(
      Response.StatusType status, IntakeReason reason, HttpHeaders headers, Object... arguments) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Problem(reason.name(), IntakeMessages.of(headers, reason, List.of(arguments))))
        .build();
  }

  private static ItemResult result(IntakeReport.Item item, HttpHeaders headers) {
    return new ItemResult(
        item.index(),
        item.receiptNumber(),
        item.outcome().name(),
        item.rejection() == null ? null : item.rejection().reason().name(),
        item.rejection() == null ? null : IntakeMessages.of(headers, item.rejection()));
  }

  private static String keyId(HttpServletRequest request) {
    Object keyId = request.getAttribute(CentreRequestAuthentication.KEY_ID);
    return keyId == null ? null : keyId.toString();
  }
}
