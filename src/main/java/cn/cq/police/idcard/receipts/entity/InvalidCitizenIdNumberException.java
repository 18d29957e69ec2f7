package cn.cq.police.idcard.receipts.entity;

/**
 * Thrown when a string is not a valid GB 11643-1999 citizen ID number.
 *
 * <p>The message names only the failed rule, never the input, because the exception may end up in a
 * log file and a full ID number must not.
 */
public class InvalidCitizenIdNumberException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The validation rule that failed, in the order the rules are checked. */
  public enum Reason {
    EMPTY("is empty"),
    LENGTH("must have 18 characters"),
    CHARACTERS("must be 17 digits followed by a digit or X"),
    REGION("does not start with a valid province-level region code"),
    BIRTH_DATE("does not contain a valid birth date"),
    CHECK_CHARACTER("has a wrong check character");

    private final String description;

    Reason(String description) {
      this.description = description;
    }
  }

  private final Reason reason;

  public InvalidCitizenIdNumberException(Reason reason) {
    super("Citizen ID number " + reason.description);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
