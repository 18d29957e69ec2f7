import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The current one-time code (RFC 6238: HMAC-SHA1, 6 digits, 30 s) of a Base32 secret, for
 * bin/totp. A single source file that the JDK runs as it is ({@code java Totp.java SECRET}): no
 * build, no library. The application itself uses java-otp; TotpCommandTest checks that both agree.
 */
public class Totp {

  public static void main(String[] args) throws Exception {
    byte[] key = base32(args[0]);
    long step = Instant.now().getEpochSecond() / 30;
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(key, "HmacSHA1"));
    byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
    System.out.printf("%06d%n", binary % 1_000_000);
    if (args.length > 1 && args[1].equals("--seconds-left")) {
      System.err.printf("valid for %d more seconds%n", 30 - Instant.now().getEpochSecond() % 30);
    }
  }

  static byte[] base32(String text) {
    String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      int value = alphabet.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("Not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
