package cn.cq.police.idcard.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The converters that seal personal data in the entities' columns ({@code @Convert(converter =
 * SealedColumns.Name.class)}): sealed on write, opened on read, through {@link PersonalDataCipher}.
 * Each kind of column is the associated data of its seal, so a name does not open as an address.
 * Look-ups never compare these columns: ID numbers are found by their blind index.
 */
public final class SealedColumns {

  private static volatile PersonalDataCipher cipher;

  private SealedColumns() {}

  /**
   * Sets the keyring the converters use, for code that runs them outside the application (unit
   * tests, command-line tools); the application's own is looked up by itself.
   */
  public static void use(PersonalDataCipher keyring) {
    cipher = keyring;
  }

  /** The application's keyring, looked up once (the persistence provider makes the converters). */
  public static PersonalDataCipher cipher() {
    PersonalDataCipher found = cipher;
    if (found == null) {
      found = PersonalDataCipher.current();
      cipher = found;
    }
    return found;
  }

  /** Text sealed as the kind of column it is; null stays null. */
  abstract static class Text {

    private final String column;

    Text(String column) {
      this.column = column;
    }

    public String convertToDatabaseColumn(String clear) {
      return clear == null ? null : cipher().seal(clear, column);
    }

    public String convertToEntityAttribute(String stored) {
      return stored == null ? null : cipher().open(stored, column);
    }
  }

  // Each converter names AttributeConverter<String, String> itself: EclipseLink reads the types
  // from the converter's own interfaces, not from a superclass's.

  /** A person's name (applicant, agent, recipient). */
  @Converter
  public static class Name extends Text implements AttributeConverter<String, String> {
    public static final String COLUMN = "name";

    public Name() {
      super(COLUMN);
    }
  }

  /** An address (household registration, where a card is mailed). */
  @Converter
  public static class Address extends Text implements AttributeConverter<String, String> {
    public static final String COLUMN = "address";

    public Address() {
      super(COLUMN);
    }
  }

  /** A telephone number (an agent's, a recipient's). */
  @Converter
  public static class Phone extends Text implements AttributeConverter<String, String> {
    public static final String COLUMN = "phone";

    public Phone() {
      super(COLUMN);
    }
  }

  /** A photo or screenshot (JPEG bytes). */
  @Converter
  public static class Jpeg implements AttributeConverter<byte[], byte[]> {
    public static final String COLUMN = "photo";

    @Override
    public byte[] convertToDatabaseColumn(byte[] clear) {
      return clear == null ? null : cipher().seal(clear, COLUMN);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] stored) {
      return stored == null ? null : cipher().open(stored, COLUMN);
    }
  }
}
