package cn.cq.police.idcard.receipts.control;

import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException;
import cn.cq.police.idcard.receipts.entity.PhotoCheck;
import cn.cq.police.idcard.receipts.entity.Receipt;
import cn.cq.police.idcard.receipts.entity.ReceiptNumber;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The intake rules for one receipt, checked in order from the cheap field checks to the photo
 * decode, stopping at the first that fails. Stateless apart from its settings, so batches are
 * validated in parallel.
 */
public final class ReceiptValidation {

  /** Either the validated receipt or the first rule it broke. */
  public record Verdict(ValidatedReceipt receipt, Rejection rejection) {

    public boolean valid() {
      return rejection == null;
    }
  }

  static final int MAX_NAME_LENGTH = 50;
  static final int MAX_ADDRESS_LENGTH = 200;
  static final int MAX_SIGNATURE_LENGTH = 200;

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  // Letters (any script), the middle dot of transliterated names, spaces: no digits or controls.
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}·•. ]+");

  private final PhotoInspection photos;
  private final CentreSignature centreSignature;

  public ReceiptValidation(PhotoInspection photos, CentreSignature centreSignature) {
    this.photos = photos;
    this.centreSignature = centreSignature;
  }

  /** A person's name as the card prints it: letters of any script, the middle dot, spaces. */
  public static boolean isValidName(String stripped) {
    return stripped.length() <= MAX_NAME_LENGTH && NAME.matcher(stripped).matches();
  }

  public static boolean isValidAddress(String stripped) {
    return !stripped.isEmpty()
        && stripped.length() <= MAX_ADDRESS_LENGTH
        && stripped.chars().noneMatch(Character::isISOControl);
  }

  /**
   * @param today the date in China: an issue date after it is refused
   */
  public Verdict validate(ReceiptSubmission s, LocalDate today) {
    try {
      return new Verdict(validOrThrow(s, today), null);
    } catch (Refused refused) {
      return new Verdict(null, refused.rejection);
    }
  }

  private ValidatedReceipt validOrThrow(ReceiptSubmission s, LocalDate today) {
    if (s == null) {
      throw refuse(IntakeReason.MISSING_FIELD, "receipt");
    }
    ReceiptNumber receiptNumber =
        ReceiptNumber.tryParse(required(s.receiptNumber(), "receiptNumber"))
            .orElseThrow(() -> refuse(IntakeReason.MALFORMED_RECEIPT_NUMBER));
    if (receiptNumber.isStations()) {
      throw refuse(IntakeReason.STATION_RECEIPT_NUMBER, ReceiptNumber.STATION_PREFIX);
    }
    CitizenIdNumber idNumber = idNumber(required(s.citizenIdNumber(), "citizenIdNumber"));
    if (s.sex() != null && !s.sex().equals(idNumber.sex().name())) {
      throw refuse(IntakeReason.SEX_MISMATCH, s.sex(), idNumber.sex().name());
    }
    if (s.birthDate() != null && !date(s.birthDate(), "birthDate").equals(idNumber.birthDate())) {
      throw refuse(IntakeReason.BIRTH_DATE_MISMATCH);
    }
    String name = required(s.name(), "name").strip();
    if (!isValidName(name)) {
      throw refuse(IntakeReason.INVALID_NAME, MAX_NAME_LENGTH);
    }
    String ethnicity = required(s.ethnicityCode(), "ethnicityCode");
    if (!Ethnicities.isKnown(ethnicity)) {
      throw refuse(IntakeReason.UNKNOWN_ETHNICITY, ethnicity);
    }
    String region = required(s.householdRegionCode(), "householdRegionCode");
    if (ChongqingRegions.find(region).isEmpty()) {
      throw refuse(IntakeReason.UNKNOWN_REGION, region);
    }
    String address = required(s.householdAddress(), "householdAddress").strip();
    if (!isValidAddress(address)) {
      throw refuse(IntakeReason.INVALID_ADDRESS, MAX_ADDRESS_LENGTH);
    }
    LocalDate issueDate = date(required(s.issueDate(), "issueDate"), "issueDate");
    if (issueDate.isAfter(today)) {
      throw refuse(IntakeReason.ISSUE_DATE_IN_FUTURE, issueDate);
    }
    if (issueDate.isBefore(idNumber.birthDate())) {
      throw refuse(IntakeReason.INVALID_DATE, "issueDate");
    }
    PhotoCheck photoCheck = photoCheck(required(s.photoCheck(), "photoCheck"));
    String photoSha256 = required(s.photoSha256(), "photoSha256");
    if (!SHA256_HEX.matcher(photoSha256).matches()) {
      throw refuse(IntakeReason.MALFORMED_PHOTO_HASH);
    }
    String signature = required(s.centreSignature(), "centreSignature");
    if (signature.length() > MAX_SIGNATURE_LENGTH) {
      throw refuse(IntakeReason.MALFORMED_SIGNATURE);
    }
    byte[] jpeg = photo(required(s.photo(), "photo"));
    photos.checkSizeAndMagic(jpeg).ifPresent(ReceiptValidation::fail);
    if (!CentreSignature.sha256Hex(jpeg).equals(photoSha256)) {
      throw refuse(IntakeReason.PHOTO_HASH_MISMATCH);
    }
    // The hash matched, so this checks only the signature over number, person and hash.
    String signedContent = Receipt.signedContent(receiptNumber, idNumber, photoSha256);
    if (!centreSignature.signatureVerifies(signedContent, signature)) {
      throw refuse(IntakeReason.SIGNATURE_INVALID);
    }
    photos.checkImage(jpeg).ifPresent(ReceiptValidation::fail);
    return new ValidatedReceipt(
        receiptNumber,
        idNumber,
        name,
        ethnicity,
        region,
        address,
        issueDate,
        photoCheck,
        photoSha256,
        signature,
        jpeg);
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw refuse(IntakeReason.MISSING_FIELD, field);
    }
    return value;
  }

  private static CitizenIdNumber idNumber(String input) {
    try {
      return CitizenIdNumber.parse(input);
    } catch (InvalidCitizenIdNumberException invalid) {
      throw refuse(IntakeReason.INVALID_ID_NUMBER, invalid.reason().name());
    }
  }

  private static LocalDate date(String input, String field) {
    try {
      return LocalDate.parse(input.strip());
    } catch (DateTimeParseException notIso) {
      throw refuse(IntakeReason.INVALID_DATE, field);
    }
  }

  private static PhotoCheck photoCheck(String input) {
    for (PhotoCheck check : PhotoCheck.values()) {
      if (check.name().equals(input)) {
        return check;
      }
    }
    throw refuse(IntakeReason.UNKNOWN_PHOTO_CHECK, input.length() > 20 ? "?" : input);
  }

  private static byte[] photo(String base64) {
    try {
      // The strict decoder: the MIME one would skip stray characters and hide a garbled photo.
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException notBase64) {
      throw refuse(IntakeReason.PHOTO_NOT_BASE64);
    }
  }

  private static void fail(Rejection rejection) {
    throw new Refused(rejection);
  }

  private static Refused refuse(IntakeReason reason, Object... arguments) {
    return new Refused(Rejection.of(reason, arguments));
  }

  /** Carries the first broken rule out of the nested checks; no stack trace needed. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    Refused(Rejection rejection) {
      super(null, null, false, false);
      this.rejection = rejection;
    }
  }
}
