package cn.cq.police.idcard.receipts.control;

/**
 * Machine-readable reason why the intake refused a receipt or a whole request. The detection
 * centre's software switches on these codes; the message beside them is for people.
 */
public enum IntakeReason {
  /** A required field is absent or blank; the message names it. */
  MISSING_FIELD,
  MALFORMED_RECEIPT_NUMBER,
  /** The number begins with the prefix of the stations' own receipts (photos taken there). */
  STATION_RECEIPT_NUMBER,
  INVALID_ID_NUMBER,
  /** The declared sex contradicts the parity of the ID number's sequence code. */
  SEX_MISMATCH,
  /** The declared birth date contradicts the one inside the ID number. */
  BIRTH_DATE_MISMATCH,
  INVALID_NAME,
  UNKNOWN_ETHNICITY,
  UNKNOWN_REGION,
  INVALID_ADDRESS,
  /** A date is not an ISO date (yyyy-MM-dd) or lies before the applicant's birth. */
  INVALID_DATE,
  ISSUE_DATE_IN_FUTURE,
  UNKNOWN_PHOTO_CHECK,
  MALFORMED_PHOTO_HASH,
  MALFORMED_SIGNATURE,
  PHOTO_NOT_BASE64,
  PHOTO_TOO_SMALL,
  PHOTO_TOO_LARGE,
  /** Not a complete JPEG by its marker structure, or its pixels do not decode without damage. */
  PHOTO_NOT_JPEG,
  /** The frame header does not say 24-bit colour: 3 components of 8 bits (greyscale, CMYK). */
  PHOTO_NOT_COLOUR_24BIT,
  PHOTO_WRONG_DIMENSIONS,
  PHOTO_HASH_MISMATCH,
  /** The centre's Ed25519 signature does not verify over the receipt's signed content. */
  SIGNATURE_INVALID,
  /** The receipt number is already stored, or earlier in the same batch, with other content. */
  CONFLICT,
  /** A valid item of an all-or-nothing batch that was not stored because another item failed. */
  BATCH_REFUSED,
  // Whole-request reasons.
  MALFORMED_JSON,
  /** A field's JSON type is not the one the API defines (a number for a text); names the field. */
  WRONG_TYPE,
  EMPTY_BATCH,
  BATCH_TOO_LARGE,
  PAYLOAD_TOO_LARGE,
  UNKNOWN_RECEIPT,
  RECEIPT_USED,
  MISSING_REASON
}
