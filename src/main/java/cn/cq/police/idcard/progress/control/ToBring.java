package cn.cq.police.idcard.progress.control;

import cn.cq.police.idcard.review.control.ReturnReason;
import cn.cq.police.idcard.review.entity.CorrectionField;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a resident brings to the station when the application needs correcting, in plain words (the
 * bundle's {@code progress.bring.*}), derived from the supervisor's return reason and the fields
 * named for correction. The supervisor's free-text note is never shown: it is written for the clerk
 * and may name people.
 */
public enum ToBring {
  /** A new digital photo receipt, or a free photo at the station. */
  NEW_PHOTO_RECEIPT,
  /** The household register (户口簿), to check personal data. */
  HOUSEHOLD_REGISTER,
  /** The signed authorization letter, the agent's own ID card and proof of the relationship. */
  AUTHORIZATION_DOCUMENTS,
  /** The applicant in person, for fingerprints. */
  APPLICANT_IN_PERSON,
  /** The fee, or proof of an exemption. */
  FEE_OR_EXEMPTION_PROOF,
  /** Nothing the system can name: ask at the station. */
  ASK_THE_STATION;

  /** Fields the clerk corrects from the station's own records, without the resident. */
  static final Set<CorrectionField> STATION_SIDE =
      EnumSet.of(
          CorrectionField.APPLICATION_TYPE,
          CorrectionField.AGENT_PHONE,
          CorrectionField.FEE_RECEIPT);

  /**
   * What a return asks of the resident: nothing when the supervisor named only fields the station
   * corrects itself; else what the reason needs, plus a new letter for its date and the applicant
   * for fingerprints. An unknown or missing reason asks the resident to enquire at the station.
   */
  public static Set<ToBring> forReturn(String reasonCode, Set<CorrectionField> fields) {
    if (!fields.isEmpty() && STATION_SIDE.containsAll(fields)) {
      return EnumSet.noneOf(ToBring.class);
    }
    EnumSet<ToBring> items = EnumSet.of(forReason(reasonCode));
    if (fields.contains(CorrectionField.LETTER_DATE)) {
      items.add(AUTHORIZATION_DOCUMENTS);
    }
    if (fields.contains(CorrectionField.FINGERPRINTS)) {
      items.add(APPLICANT_IN_PERSON);
    }
    return items;
  }

  private static ToBring forReason(String reasonCode) {
    ReturnReason reason;
    try {
      reason = reasonCode == null ? ReturnReason.OTHER : ReturnReason.valueOf(reasonCode);
    } catch (IllegalArgumentException unknown) {
      reason = ReturnReason.OTHER;
    }
    return switch (reason) {
      case PHOTO_OR_RECEIPT -> NEW_PHOTO_RECEIPT;
      case PERSONAL_DATA -> HOUSEHOLD_REGISTER;
      case PROXY_DOCUMENTS -> AUTHORIZATION_DOCUMENTS;
      case FINGERPRINTS -> APPLICANT_IN_PERSON;
      case FEE -> FEE_OR_EXEMPTION_PROOF;
      case OTHER -> ASK_THE_STATION;
    };
  }
}
