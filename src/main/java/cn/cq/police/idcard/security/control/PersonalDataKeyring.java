package cn.cq.police.idcard.security.control;

import cn.cq.police.idcard.platform.PersonalDataCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The keys of personal data at rest: several data keys by id, one of them current, and the key of
 * the blind index. Values are sealed with the installation's {@link CryptoSuite} (AES-GCM or
 * SM4-GCM) under the current key and carry its id ({@code k2:} + Base64 for text, the id's ASCII
 * and {@code :} before the raw bytes for photos), so every key the keyring holds opens what it
 * sealed: a rotation adds a new current key, keeps the old one for reading, and re-seals.
 *
 * <p>Keys come from configuration only; the database holds key ids, never keys.
 */
public final class PersonalDataKeyring implements PersonalDataCipher {

  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
  private static final char SEPARATOR = ':';
  private static final byte[] INDEX_LABEL =
      "idcard citizen-id index|".getBytes(StandardCharsets.US_ASCII);

  /** 128 bits of the MAC: no two numbers of a population share one, and the index stays small. */
  private static final int INDEX_BYTES = 16;

  private final CryptoSuite suite;
  private final Map<String, byte[]> keys;
  private final String currentId;
  private final byte[] indexKey;

  public PersonalDataKeyring(
      CryptoSuite suite, Map<String, byte[]> keys, String currentId, byte[] indexKey) {
    if (!keys.containsKey(currentId)) {
      throw new IllegalArgumentException("The current personal-data key is not in the keyring");
    }
    keys.forEach(
        (id, key) -> {
          if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                "A personal-data key id is 1-16 letters, digits, - or _: " + id);
          }
          CryptoSuite.checkKey(key);
        });
    CryptoSuite.checkKey(indexKey);
    this.suite = suite;
    this.keys = new LinkedHashMap<>();
    keys.forEach((id, key) -> this.keys.put(id, key.clone()));
    this.currentId = currentId;
    this.indexKey = indexKey.clone();
  }

  /**
   * From the settings: the current key and its id, the retired keys still read ({@code id=Base64}
   * separated by commas, may be empty) and the index key.
   */
  public static PersonalDataKeyring fromSettings(
      CryptoSuite suite,
      String currentKeyBase64,
      String currentId,
      String retiredKeys,
      String indexKeyBase64) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put(currentId.strip(), decode(currentKeyBase64, "security.personal-data-key"));
    for (String entry : retiredKeys == null ? new String[0] : retiredKeys.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "security.personal-data-retired-keys: id=Base64 separated by commas");
      }
      String id = entry.substring(0, equals).strip();
      if (keys.containsKey(id)) {
        throw new IllegalArgumentException("Personal-data key id " + id + " given twice");
      }
      keys.put(id, decode(entry.substring(equals + 1), "security.personal-data-retired-keys"));
    }
    return new PersonalDataKeyring(
        suite, keys, currentId.strip(), decode(indexKeyBase64, "security.personal-data-index-key"));
  }

  /**
   * From settings looked up by name, for command-line tools: the same names as the application's
   * configuration ({@code security.crypto-suite}, {@code security.personal-data-key}, …).
   */
  public static PersonalDataKeyring fromSettings(Function<String, Optional<String>> setting) {
    return fromSettings(
        CryptoSuite.named(setting.apply("security.crypto-suite").orElse("international")),
        setting.apply("security.personal-data-key").orElse(null),
        setting.apply("security.personal-data-key-id").orElse("k1"),
        setting.apply("security.personal-data-retired-keys").orElse(""),
        setting.apply("security.personal-data-index-key").orElse(null));
  }

  /**
   * A setting as MicroProfile Config would find it outside the application: a system property, else
   * the environment variable of the same name ({@code SECURITY_PERSONAL_DATA_KEY}), else the given
   * file's value (e.g. the war's configuration, for the demo).
   */
  public static Function<String, Optional<String>> settings(Properties file) {
    return name ->
        Optional.ofNullable(System.getProperty(name))
            .or(
                () ->
                    Optional.ofNullable(
                        System.getenv(
                            name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))))
            .or(() -> Optional.ofNullable(file.getProperty(name)))
            .filter(value -> !value.isBlank());
  }

  private static byte[] decode(String base64, String setting) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException | NullPointerException notBase64) {
      throw new IllegalArgumentException(setting + " is not Base64 of 16, 24 or 32 bytes");
    }
  }

  /** This keyring with one more key, which becomes the current one: the step a rotation takes. */
  public PersonalDataKeyring rotatedTo(String id, byte[] key) {
    Map<String, byte[]> more = new LinkedHashMap<>(keys);
    more.put(id, key);
    return new PersonalDataKeyring(suite, more, id, indexKey);
  }

  public String currentKeyId() {
    return currentId;
  }

  public CryptoSuite suite() {
    return suite;
  }

  @Override
  public String seal(String clear, String column) {
    if (clear == null) {
      return null;
    }
    byte[] sealed = suite.seal(keys.get(currentId), utf8(clear), utf8(column));
    return currentId + SEPARATOR + Base64.getEncoder().encodeToString(sealed);
  }

  @Override
  public String open(String stored, String column) {
    String keyId = stored == null ? null : keyIdOf(stored).orElse(null);
    if (keyId == null) {
      return stored;
    }
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(stored.substring(keyId.length() + 1));
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("A sealed value that is not Base64");
    }
    return new String(suite.open(key(keyId), sealed, utf8(column)), StandardCharsets.UTF_8);
  }

  @Override
  public byte[] seal(byte[] clear, String column) {
    if (clear == null) {
      return null;
    }
    byte[] id = (currentId + SEPARATOR).getBytes(StandardCharsets.US_ASCII);
    byte[] sealed = suite.seal(keys.get(currentId), clear, utf8(column));
    return ByteBuffer.allocate(id.length + sealed.length).put(id).put(sealed).array();
  }

  @Override
  public byte[] open(byte[] stored, String column) {
    Optional<String> keyId = stored == null ? Optional.empty() : keyIdOf(stored);
    if (keyId.isEmpty()) {
      return stored;
    }
    byte[] sealed = Arrays.copyOfRange(stored, keyId.get().length() + 1, stored.length);
    return suite.open(key(keyId.get()), sealed, utf8(column));
  }

  private byte[] key(String id) {
    byte[] key = keys.get(id);
    if (key == null) {
      throw new IllegalArgumentException(
          "Sealed under personal-data key " + id + ", which this instance does not hold");
    }
    return key;
  }

  @Override
  public String index(String normalisedIdNumber) {
    byte[] data =
        ByteBuffer.allocate(INDEX_LABEL.length + normalisedIdNumber.length())
            .put(INDEX_LABEL)
            .put(normalisedIdNumber.getBytes(StandardCharsets.US_ASCII))
            .array();
    byte[] mac = suite.mac(indexKey, data);
    return HexFormat.of().formatHex(mac, 0, INDEX_BYTES);
  }

  /**
   * The id of the key a stored text was sealed under: the word before the first {@code :}, if it
   * looks like a key id; empty for a clear value (no {@code :} there). A text with such a prefix is
   * taken for sealed even if this keyring lacks its key, so a missing key is an error, never a
   * value shown as it is stored.
   */
  public static Optional<String> keyIdOf(String stored) {
    int separator = stored.indexOf(SEPARATOR);
    if (separator <= 0 || separator > 16) {
      return Optional.empty();
    }
    String id = stored.substring(0, separator);
    return KEY_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }

  /**
   * The id of the key stored bytes were sealed under: an id's ASCII and {@code :} at the start
   * (never the start of a JPEG or PNG); empty for clear bytes.
   */
  public static Optional<String> keyIdOf(byte[] stored) {
    int end = Math.min(stored.length, 17);
    for (int i = 0; i < end; i++) {
      if (stored[i] == SEPARATOR) {
        return i == 0
            ? Optional.empty()
            : Optional.of(new String(stored, 0, i, StandardCharsets.US_ASCII));
      }
      if (!isKeyIdChar(stored[i])) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isKeyIdChar(byte b) {
    return (b >= 'A' && b <= 'Z')
        || (b >= 'a' && b <= 'z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '_';
  }

  /** Whether a stored text is sealed under the current key (a rotation leaves it as it is). */
  public boolean isCurrent(String stored) {
    return stored == null || keyIdOf(stored).filter(currentId::equals).isPresent();
  }

  public boolean isCurrent(byte[] stored) {
    return stored == null || keyIdOf(stored).filter(currentId::equals).isPresent();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
