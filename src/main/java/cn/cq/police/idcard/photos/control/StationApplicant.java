package cn.cq.police.idcard.photos.control;

import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import cn.cq.police.idcard.receipts.control.Ethnicities;
import cn.cq.police.idcard.receipts.control.ReceiptValidation;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.InvalidCitizenIdNumberException;
import java.io.Serializable;

/**
 * The person a station photographs, as the clerk reads it from the household register: what a
 * detection centre's receipt would otherwise carry. Sex and birth date follow from the ID number.
 */
public record StationApplicant(
    CitizenIdNumber idNumber,
    String name,
    String ethnicityCode,
    String householdRegionCode,
    String householdAddress)
    implements Serializable {

  /** Why typed applicant details cannot be used; the clerk is told which field and why. */
  public enum Problem {
    INVALID_NAME,
    UNKNOWN_ETHNICITY,
    UNKNOWN_REGION,
    INVALID_ADDRESS
  }

  /** Either the applicant or why not; an invalid ID number names its own reason. */
  public record Parsed(
      StationApplicant applicant,
      InvalidCitizenIdNumberException.Reason idNumberProblem,
      Problem problem) {

    public boolean isValid() {
      return applicant != null;
    }
  }

  public static Parsed parse(
      String idNumberInput,
      String nameInput,
      String ethnicityCode,
      String regionCode,
      String addressInput) {
    CitizenIdNumber idNumber;
    try {
      idNumber = CitizenIdNumber.parse(idNumberInput);
    } catch (InvalidCitizenIdNumberException invalid) {
      return new Parsed(null, invalid.reason(), null);
    }
    String name = nameInput == null ? "" : nameInput.strip();
    if (name.isEmpty() || !ReceiptValidation.isValidName(name)) {
      return refused(Problem.INVALID_NAME);
    }
    if (ethnicityCode == null || !Ethnicities.isKnown(ethnicityCode)) {
      return refused(Problem.UNKNOWN_ETHNICITY);
    }
    if (ChongqingRegions.findCurrent(regionCode).isEmpty()) {
      return refused(Problem.UNKNOWN_REGION);
    }
    String address = addressInput == null ? "" : addressInput.strip();
    if (!ReceiptValidation.isValidAddress(address)) {
      return refused(Problem.INVALID_ADDRESS);
    }
    return new Parsed(
        new StationApplicant(idNumber, name, ethnicityCode, regionCode, address), null, null);
  }

  private static Parsed refused(Problem problem) {
    return new Parsed(null, null, problem);
  }
}
