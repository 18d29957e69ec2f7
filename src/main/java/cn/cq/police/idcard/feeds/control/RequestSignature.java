package cn.cq.police.idcard.feeds.control;

import cn.cq.police.idcard.receipts.control.CentreSignature;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a request between the station and a centre is signed, in both directions: an HMAC-SHA256 with
 * the credential's signing secret over the method, the raw path, the timestamp and the body's hash.
 * Binding method and path stops a signed request being replayed against another endpoint; the
 * timestamp lets the receiver refuse old copies.
 */
public final class RequestSignature {

  public static final String KEY_ID_HEADER = "X-Key-Id";
  public static final String API_KEY_HEADER = "X-Api-Key";
  public static final String TIMESTAMP_HEADER = "X-Timestamp";
  public static final String SIGNATURE_HEADER = "X-Signature";

  private static final String HMAC = "HmacSHA256";

  private RequestSignature() {}

  /**
   * The request target that is signed: the raw path ("/" when empty) and, when there is one, "?"
   * and the raw query, so that a query switch such as {@code mode=accept-valid} cannot be changed
   * on the way.
   */
  public static String target(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /**
   * What is signed: METHOD \n request target ({@link #target}) \n epoch millis \n lower-case hex
   * SHA-256 of the body.
   */
  public static String canonical(String method, String rawPath, long timestampMillis, byte[] body) {
    return method.toUpperCase(java.util.Locale.ROOT)
        + "\n"
        + rawPath
        + "\n"
        + timestampMillis
        + "\n"
        + CentreSignature.sha256Hex(body == null ? new byte[0] : body);
  }

  public static String sign(
      byte[] secret, String method, String rawPath, long timestampMillis, byte[] body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      byte[] digest =
          mac.doFinal(
              canonical(method, rawPath, timestampMillis, body).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  /** Compares in constant time, so timing does not reveal how much of a signature matched. */
  public static boolean verifies(
      byte[] secret,
      String method,
      String rawPath,
      long timestampMillis,
      byte[] body,
      String presentedSignature) {
    if (presentedSignature == null) {
      return false;
    }
    String expected = sign(secret, method, rawPath, timestampMillis, body);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        presentedSignature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }

  /** The four headers a sender adds to a request, in a stable order. */
  public static Map<String, String> headers(
      String keyId,
      String apiKey,
      byte[] secret,
      String method,
      String rawPath,
      long timestampMillis,
      byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(KEY_ID_HEADER, keyId);
    headers.put(API_KEY_HEADER, apiKey);
    headers.put(TIMESTAMP_HEADER, Long.toString(timestampMillis));
    headers.put(SIGNATURE_HEADER, sign(secret, method, rawPath, timestampMillis, body));
    return headers;
  }
}
