package cn.cq.police.idcard.feeds.boundary;

import cn.cq.police.idcard.feeds.control.RequestSignature;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API under {@code /api}: the machine feeds, which only the two centres call, each with
 * its own credential and a signature over every request (see {@link CentreRequestAuthentication});
 * and the residents' public progress query ({@code /api/progress}, no credential, throttled). The
 * OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "idcard-counter feeds",
            version = "1",
            description =
                "Receipts and photos from the photo detection centre; application status reports from"
                    + " the ID card production centre; and the residents' public progress query"
                    + " (POST /api/progress: no credential, throttled). Every feed request carries the"
                    + " headers X-Key-Id,"
                    + " X-Api-Key, X-Timestamp (epoch milliseconds, at most 5 minutes old) and"
                    + " X-Signature: lower-case hex HMAC-SHA256, with the credential's signing secret,"
                    + " over METHOD + \"\\n\" + raw path (with \"?\" and the raw query, if any)"
                    + " + \"\\n\" + X-Timestamp + \"\\n\" +"
                    + " lower-case hex SHA-256 of the body. Anything else is answered 401 and changes"
                    + " nothing."))
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "apiKey",
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = RequestSignature.API_KEY_HEADER),
  @SecurityScheme(
      securitySchemeName = "signature",
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = RequestSignature.SIGNATURE_HEADER)
})
public class FeedsApi extends Application {}
