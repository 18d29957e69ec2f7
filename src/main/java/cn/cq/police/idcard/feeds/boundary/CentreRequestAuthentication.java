package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.control.CentreCredentials;
import cn.cq.police.idcard.feeds.control.RequestSignature;
import cn.cq.police.idcard.feeds.control.SignatureReplays;
import cn.cq.police.idcard.feeds.entity.Centre;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a request reach a {@link CentreAuthenticated} resource only with an active credential of
 * that centre, a valid signature over exactly this method, path and body, a timestamp at most
 * {@code feeds.signature.max-age-seconds} old and at most {@code
 * feeds.signature.max-future-seconds} ahead (clocks differ a little, not minutes), and a signature
 * not accepted before: within the window the same signature is the same request sent again, and is
 * refused as REPLAYED. Every other refusal looks the same from outside (UNAUTHENTICATED), and all
 * happen before anything is read or stored.
 */
@Provider
@CentreAuthenticated(Centre.DETECTION_CENTRE) // the binding; the centre is read from the resource
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class CentreRequestAuthentication implements ContainerRequestFilter {

  /** Request property holding the key id of the authenticated credential, for audit entries. */
  public static final String KEY_ID = "feeds.keyId";

  private static final JsonObject UNAUTHENTICATED =
      Json.createObjectBuilder()
          .add("reason", "UNAUTHENTICATED")
          .add(
              "message",
              "Missing, unknown or revoked credential, bad signature or timestamp outside the window.")
          .build();

  private static final JsonObject REPLAYED =
      Json.createObjectBuilder()
          .add("reason", "REPLAYED")
          .add("message", "This signed request was accepted before; sign each request anew.")
          .build();

  private static final Logger LOG = Logger.getLogger(CentreRequestAuthentication.class.getName());

  @Context ResourceInfo resource;

  @Inject CentreCredentials credentials;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "feeds.signature.max-age-seconds", defaultValue = "300")
  long maxAgeSeconds;

  @Inject
  @ConfigProperty(name = "feeds.signature.max-future-seconds", defaultValue = "30")
  long maxFutureSeconds;

  @Inject SignatureReplays replays;

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
    long age = clock.millis() - timestamp.get();
    if (age > maxAgeSeconds * 1000 || -age > maxFutureSeconds * 1000) {
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
    if (replayed(signature, timestamp.get())) {
      refuse(request, "replayed: the signature was accepted before", keyId, REPLAYED);
      return;
    }
    // The body was consumed to check it; hand the same bytes on to the resource.
    request.setEntityStream(new ByteArrayInputStream(body));
    request.setProperty(KEY_ID, keyId);
  }

  /** Remembers the signature, or finds it was accepted before (by any cluster member). */
  private boolean replayed(String signature, long timestampMillis) {
    // Looked up first, although the insert alone would refuse a replay: EclipseLink logs every
    // refused insert with a long stack trace, and replays are what an attacker controls.
    if (replays.seen(signature)) {
      return true;
    }
    Instant forgetBefore = clock.instant().minusSeconds(maxAgeSeconds + maxFutureSeconds);
    try {
      replays.remember(signature, Instant.ofEpochMilli(timestampMillis), forgetBefore);
      return false;
    } catch (RuntimeException notStored) {
      // The same request, arriving at the same moment, was remembered first; else the database
      // failed, and that is no authentication question.
      if (replays.seen(signature)) {
        return true;
      }
      throw notStored;
    }
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
    refuse(request, why, keyId, UNAUTHENTICATED);
  }

  private void refuse(
      ContainerRequestContext request, String why, String keyId, JsonObject answer) {
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
            .entity(answer.toString())
            .build());
  }
}
