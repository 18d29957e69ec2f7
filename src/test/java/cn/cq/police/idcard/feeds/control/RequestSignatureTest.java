package cn.cq.police.idcard.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {

  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BODY = "{\"receiptNumber\":\"1\"}".getBytes(StandardCharsets.UTF_8);
  private static final long AT = 1_795_638_241_727L;

  @Test
  void matchesAnHmacComputedIndependentlyWithOpenssl() {
    // printf 'POST\n/api/receipts\n1795638241727\n<sha256sum of body>' \
    //   | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
    assertEquals(
        "POST\n/api/receipts\n1795638241727\n"
            + "afde89c55c27610bd6ef3156ebc6a3d4143a4b6cdc476291c896471a39942779",
        RequestSignature.canonical("post", "/api/receipts", AT, BODY));
    String signature = RequestSignature.sign(SECRET, "POST", "/api/receipts", AT, BODY);
    assertEquals("94e497f3016afe27ca87d78686eaa3bc229f010b6e18d9cf6da9b4c23ca6d568", signature);
    assertTrue(RequestSignature.verifies(SECRET, "POST", "/api/receipts", AT, BODY, signature));
    assertTrue(
        RequestSignature.verifies(
            SECRET, "POST", "/api/receipts", AT, BODY, signature.toUpperCase()));
  }

  @Test
  void anyChangeToMethodPathTimeBodyOrSecretBreaksIt() {
    String signature = RequestSignature.sign(SECRET, "POST", "/api/receipts", AT, BODY);
    byte[] otherBody = "{\"receiptNumber\":\"2\"}".getBytes(StandardCharsets.UTF_8);
    byte[] otherSecret = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    assertFalse(RequestSignature.verifies(SECRET, "PUT", "/api/receipts", AT, BODY, signature));
    assertFalse(
        RequestSignature.verifies(SECRET, "POST", "/api/receipts/batch", AT, BODY, signature));
    assertFalse(
        RequestSignature.verifies(SECRET, "POST", "/api/receipts", AT + 1, BODY, signature));
    assertFalse(
        RequestSignature.verifies(SECRET, "POST", "/api/receipts", AT, otherBody, signature));
    assertFalse(
        RequestSignature.verifies(otherSecret, "POST", "/api/receipts", AT, BODY, signature));
    assertFalse(RequestSignature.verifies(SECRET, "POST", "/api/receipts", AT, BODY, null));
  }

  @Test
  void theSignedTargetIsThePathWithItsQuery() {
    assertEquals(
        "/api/receipts/batch?mode=accept-valid",
        RequestSignature.target(
            java.net.URI.create("http://host:8080/api/receipts/batch?mode=accept-valid")));
    assertEquals(
        "/api/receipts/batch",
        RequestSignature.target(java.net.URI.create("http://host:8080/api/receipts/batch")));
    assertEquals("/", RequestSignature.target(java.net.URI.create("http://host:8080")));
    assertEquals(
        "/a%20b?x=%2F", RequestSignature.target(java.net.URI.create("http://host/a%20b?x=%2F")));
  }

  @Test
  void headersCarryKeyIdApiKeyTimestampAndTheSignature() {
    Map<String, String> headers =
        RequestSignature.headers("dc-1", "key", SECRET, "POST", "/api/receipts", AT, BODY);
    assertEquals(
        List.of("X-Key-Id", "X-Api-Key", "X-Timestamp", "X-Signature"),
        List.copyOf(headers.keySet()));
    assertEquals("1795638241727", headers.get("X-Timestamp"));
    assertEquals(
        RequestSignature.sign(SECRET, "POST", "/api/receipts", AT, BODY),
        headers.get("X-Signature"));
  }
}
