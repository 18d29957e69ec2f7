package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.entity.Centre;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Lets each centre check its credential, signature and clock against the station before sending
 * real data: the answer names the key id that was accepted and the station's time.
 */
@Path("connection")
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionCheck {

  @Inject Clock clock;

  @GET
  @Path("detection-centre")
  @CentreAuthenticated(Centre.DETECTION_CENTRE)
  @Operation(summary = "The detection centre checks its credential and signature.")
  @APIResponse(responseCode = "200", description = "Authenticated; names the key id.")
  @APIResponse(responseCode = "401", description = "Not authenticated.")
  @SecurityRequirement(name = "apiKey")
  @SecurityRequirement(name = "signature")
  public JsonObject detectionCentre(@Context ContainerRequestContext request) {
    return answer(Centre.DETECTION_CENTRE, request);
  }

  @GET
  @Path("production-centre")
  @CentreAuthenticated(Centre.PRODUCTION_CENTRE)
  @Operation(summary = "The production centre checks its credential and signature.")
  @APIResponse(responseCode = "200", description = "Authenticated; names the key id.")
  @APIResponse(responseCode = "401", description = "Not authenticated.")
  @SecurityRequirement(name = "apiKey")
  @SecurityRequirement(name = "signature")
  public JsonObject productionCentre(@Context ContainerRequestContext request) {
    return answer(Centre.PRODUCTION_CENTRE, request);
  }

  private JsonObject answer(Centre centre, ContainerRequestContext request) {
    return Json.createObjectBuilder()
        .add("centre", centre.name())
        .add("keyId", String.valueOf(request.getProperty(CentreRequestAuthentication.KEY_ID)))
        .add("stationTime", Instant.now(clock).toString())
        .build();
  }
}
