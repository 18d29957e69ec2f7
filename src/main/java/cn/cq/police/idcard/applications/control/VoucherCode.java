package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The verification code on a collection voucher: an HMAC of the acceptance number, so that a
 * voucher cannot be forged from a guessed acceptance number, yet the station can check a scanned
 * voucher without storing the code.
 */
public final class VoucherCode {

  /** The prefix tells a pickup QR code apart from any other code a scanner may read. */
  public static final String QR_PREFIX = "IDCARD-PICKUP";

  public static final int CODE_LENGTH = 8;

  private static final String ALGORITHM = "HmacSHA256";
  // RFC 4648 Base32: upper case, no 0/1/8/9, so a code read aloud or typed is unambiguous.
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final Pattern CODE = Pattern.compile("[A-Z2-7]{" + CODE_LENGTH + "}");
  private static final int MIN_SECRET_BYTES = 16;

  private final SecretKeySpec key;

  /** The secret must stay the same for as long as vouchers are outstanding. */
  public VoucherCode(byte[] secret) {
    if (secret == null || secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "The voucher secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** The 8-character code for an acceptance number, e.g. "K7Q2MZ4D"; 40 bits of the HMAC. */
  public String codeFor(AcceptanceNumber acceptanceNumber) {
    byte[] mac = mac(acceptanceNumber.value());
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; code.length() < CODE_LENGTH; i++) {
      buffer = (buffer << 8) | (mac[i] & 0xff);
      bits += 8;
      while (bits >= 5 && code.length() < CODE_LENGTH) {
        code.append(BASE32[(buffer >> (bits - 5)) & 0x1f]);
        bits -= 5;
      }
    }
    return code.toString();
  }

  /** Whether the code belongs to the acceptance number; typed codes may be lower case. */
  public boolean verifies(AcceptanceNumber acceptanceNumber, String code) {
    if (acceptanceNumber == null || code == null) {
      return false;
    }
    byte[] expected = codeFor(acceptanceNumber).getBytes(StandardCharsets.US_ASCII);
    byte[] given = code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    // Constant time, so response timing reveals nothing about how much of a guess was right.
    return MessageDigest.isEqual(expected, given);
  }

  /** The text of the QR code: {@code IDCARD-PICKUP|<acceptanceNumber>|<code>}. */
  public static String qrContent(AcceptanceNumber acceptanceNumber, String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("Not a voucher code: " + code);
    }
    return QR_PREFIX + "|" + acceptanceNumber.value() + "|" + code;
  }

  /**
   * Reads a scanned QR text; anything not shaped like {@link #qrContent}, or with a middle part
   * that is no acceptance number, gives empty.
   */
  public static Optional<Scan> parse(String qrContent) {
    if (qrContent == null) {
      return Optional.empty();
    }
    String[] parts = qrContent.strip().split("\\|", -1);
    if (parts.length != 3
        || !QR_PREFIX.equals(parts[0])
        || !parts[1].equals(parts[1].strip())
        || !CODE.matcher(parts[2]).matches()) {
      return Optional.empty();
    }
    return AcceptanceNumber.tryParse(parts[1]).map(number -> new Scan(number, parts[2]));
  }

  /** A parsed QR code; not yet verified. */
  public record Scan(AcceptanceNumber acceptanceNumber, String code) {}

  private byte[] mac(String acceptanceNumber) {
    try {
      // Mac instances are not thread-safe and cheap to create.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(acceptanceNumber.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
