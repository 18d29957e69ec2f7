package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.control.CentreCredentials;
import cn.cq.police.idcard.feeds.control.RequestSignature;
import cn.cq.police.idcard.feeds.entity.Centre;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a request reach a {@link CentreAuthenticated} resource only with an active credential of
 * that centre, a valid signature over exactly this method, path and body, and a timestamp at most
 * {@code feeds.signature.max-age-seconds} away from now (so a captured request cannot be replayed
 * later). Every refusal looks the same from outside and happens before anything is read or stored.
 */
@Provider
@CentreAuthenticated(Centre.DETECTION_CENTRE) // the binding; the centre is read from the resource
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class CentreRequestAuthentication implements ContainerRequestFilter {

  /** Request property holding the key id of the authenticated credential, for audit entries. */
  public static final String KEY_ID = "feeds.keyId";

  private static final Logger LOG = Logger.getLogger(CentreRequestAuthentication.class.getName());

  @Context ResourceInfo resource;

  @Inject CentreCredentials credentials;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "feeds.signature.max-age-seconds", defaultValue = "300")
  long maxAgeSeconds;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Centre centre = requiredCentre();
    String keyId = request.getHeaderString(RequestSignature.KEY_ID_HEADER);
    String apiKey = request.getHeaderString(RequestSignature.API_KEY_HEADER);
    Optional<Long> timestamp =
        timestamp(request.getHeaderString(RequestSignature.TIMESTAMP_HEADER));
    String signature = request.getHeaderString(RequestSignature.SIGNATURE_HEADER);
    if (keyId == null || apiKey == null || timestamp.isEmpty() || signature == null) {
      refuse(request, "missing credential or signature headers", keyId);
      return;
    }
    if (Math.abs(clock.millis() - timestamp.get()) > maxAgeSeconds * 1000) {
      refuse(request, "timestamp outside the accepted window", keyId);
      return;
    }
    if (!credentials.verifyApiKey(centre, keyId, apiKey)) {
      refuse(request, "unknown, revoked or wrong credential", keyId);
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    boolean signed =
        credentials
            .signingSecret(centre, keyId)
            .filter(
                secret ->
                    RequestSignature.verifies(
                        secret,
                        request.getMethod(),
                        RequestSignature.target(request.getUriInfo().getRequestUri()),
                        timestamp.get(),
                        body,
                        signature))
            .isPresent();
    if (!signed) {
      refuse(request, "signature does not match", keyId);
      return;
    }
    // The body was consumed to check it; hand the same bytes on to the resource.
    request.setEntityStream(new ByteArrayInputStream(body));
    request.setProperty(KEY_ID, keyId);
  }

  private Centre requiredCentre() {
    CentreAuthenticated onMethod =
        resource.getResourceMethod().getAnnotation(CentreAuthenticated.class);
    return onMethod != null
        ? onMethod.value()
        : resource.getResourceClass().getAnnotation(CentreAuthenticated.class).value();
  }

  private static Optional<Long> timestamp(String header) {
    try {
      return header == null ? Optional.empty() : Optional.of(Long.parseLong(header.trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  private void refuse(ContainerRequestContext request, String why, String keyId) {
    // The reason stays in the server log; the caller learns only that it was not authenticated.
    LOG.warning(
        () ->
            "Feed request refused ("
                + why
                + ") for key id "
                + (keyId == null ? "-" : keyId.replaceAll("[^A-Za-z0-9-]", "?"))
                + " on "
                + request.getUriInfo().getPath());
    request.abortWith(
        Response.status(Response.Status.UNAUTHORIZED)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(
                Json.createObjectBuilder()
                    .add("reason", "UNAUTHENTICATED")
                    .add(
                        "message",
                        "Missing, unknown or revoked credential, bad signature or stale timestamp.")
                    .build()
                    .toString())
            .build());
  }
}
