package cn.cq.police.idcard.feeds.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.web.RunningApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only a centre's own active credential, with a fresh and exact signature, gets through. */
class FeedAuthenticationIT {

  private static final String DETECTION = "api/connection/detection-centre";

  @BeforeAll
  static void appIsUp() {
    RunningApp.awaitReady();
  }

  @Test
  void theCentresOwnCredentialAndAFreshSignatureAreAccepted() {
    HttpResponse<String> response = SignedRequests.detectionCentre(RunningApp.URL).get(DETECTION);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"keyId\":\"dc-demo00000001\""), response.body());
  }

  @Test
  void anotherCentresCredentialIsRefused() {
    assertUnauthenticated(SignedRequests.productionCentre(RunningApp.URL).get(DETECTION));
  }

  @Test
  void noHeadersAtAllIsRefused() {
    assertUnauthenticated(
        SignedRequests.unsigned(
            HttpRequest.newBuilder(URI.create(RunningApp.URL).resolve(DETECTION)).GET().build()));
  }

  @Test
  void aWrongApiKeyIsRefused() {
    SignedRequests.Credential wrongKey =
        new SignedRequests.Credential(
            SignedRequests.DETECTION_CENTRE.keyId(),
            "not-the-key",
            SignedRequests.DETECTION_CENTRE.secret());
    assertUnauthenticated(SignedRequests.as(RunningApp.URL, wrongKey).get(DETECTION));
  }

  @Test
  void aSignatureWithAnotherSecretIsRefused() {
    SignedRequests.Credential wrongSecret =
        new SignedRequests.Credential(
            SignedRequests.DETECTION_CENTRE.keyId(),
            SignedRequests.DETECTION_CENTRE.apiKey(),
            SignedRequests.PRODUCTION_CENTRE.secret());
    assertUnauthenticated(SignedRequests.as(RunningApp.URL, wrongSecret).get(DETECTION));
  }

  @Test
  void aRequestSignedSixMinutesAgoIsRefusedAsAReplay() {
    long sixMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(6).toMillis();
    assertUnauthenticated(
        SignedRequests.detectionCentre(RunningApp.URL)
            .send("GET", DETECTION, new byte[0], sixMinutesAgo));
  }

  @Test
  void aSignatureForAnotherPathIsRefused() {
    HttpResponse<String> signedForProduction =
        SignedRequests.detectionCentre(RunningApp.URL).get("api/connection/production-centre");
    assertUnauthenticated(signedForProduction);
  }

  @Test
  void theQueryIsSignedTooSoABatchModeCannotBeSwitchedOnTheWay() {
    byte[] empty = "{\"receipts\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    SignedRequests centre = SignedRequests.detectionCentre(RunningApp.URL);
    assertUnauthenticated(
        centre.sendSignedFor(
            "POST", "api/receipts/batch?mode=accept-valid", "api/receipts/batch", empty));
    // Signed with its query, the same request passes authentication (and is refused as empty).
    HttpResponse<String> signed = centre.post("api/receipts/batch?mode=accept-valid", empty);
    assertEquals(400, signed.statusCode(), signed.body());
    assertTrue(signed.body().contains("EMPTY_BATCH"), signed.body());
  }

  private static void assertUnauthenticated(HttpResponse<String> response) {
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"reason\":\"UNAUTHENTICATED\""), response.body());
  }
}
