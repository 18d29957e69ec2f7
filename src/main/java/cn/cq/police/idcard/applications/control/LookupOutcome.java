package cn.cq.police.idcard.applications.control;

/**
 * What a clerk learns from looking up a receipt. Each outcome has its own message in the resource
 * bundle ({@code lookup.<NAME>}); only {@link #USABLE} lets the application proceed.
 */
public enum LookupOutcome {
  MALFORMED_RECEIPT_NUMBER(false),
  INVALID_ID_NUMBER(false),
  UNKNOWN_RECEIPT(false),
  /** Receipt number and ID number exist but not together: show nothing of either. */
  ID_MISMATCH(false),
  REVOKED(true),
  /** The photo does not match the centre's hash or signature: never show it. */
  INTEGRITY_BROKEN(false),
  PHOTO_FAILED(true),
  ALREADY_USED(true),
  EXPIRED(true),
  OUTSIDE_JURISDICTION(true),
  APPLICATION_IN_PROGRESS(true),
  USABLE(true);

  private final boolean showsApplicant;

  LookupOutcome(boolean showsApplicant) {
    this.showsApplicant = showsApplicant;
  }

  /** Whether the clerk may see the applicant's data and photo for this outcome. */
  public boolean showsApplicant() {
    return showsApplicant;
  }

  public boolean isUsable() {
    return this == USABLE;
  }
}
