package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.entity.FingerPosition;
import cn.cq.police.idcard.applications.entity.FingerprintException;
import cn.cq.police.idcard.applications.entity.FingerprintStatus;
import cn.cq.police.idcard.applications.entity.Fingerprints;
import java.io.Serializable;

/**
 * What a page's fingerprint inputs hold (the counter's form, a returned application's correction),
 * and the {@link Fingerprints} they make, if consistent.
 */
public class FingerprintChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private FingerprintStatus status;
  private FingerPosition first;
  private FingerPosition second;
  private FingerprintException exception;

  /** Nothing chosen yet. */
  public FingerprintChoice() {}

  /** The usual registration, preselected: right and left thumb. */
  public static FingerprintChoice thumbs() {
    FingerprintChoice choice = new FingerprintChoice();
    choice.status = FingerprintStatus.REGISTERED;
    choice.first = FingerPosition.RIGHT_THUMB;
    choice.second = FingerPosition.LEFT_THUMB;
    return choice;
  }

  /** The fingerprints chosen; null when no status was chosen or the choice is inconsistent. */
  public Fingerprints fingerprints() {
    if (status == null) {
      return null;
    }
    try {
      return switch (status) {
        case REGISTERED -> Fingerprints.registered(first, second);
        case REGISTRATION_FAILED -> Fingerprints.registrationFailed();
        case NOT_REGISTERED -> Fingerprints.notRegistered(exception);
      };
    } catch (IllegalArgumentException | NullPointerException inconsistent) {
      return null;
    }
  }

  public FingerprintStatus getStatus() {
    return status;
  }

  public void setStatus(FingerprintStatus status) {
    this.status = status;
  }

  public FingerPosition getFirst() {
    return first;
  }

  public void setFirst(FingerPosition first) {
    this.first = first;
  }

  public FingerPosition getSecond() {
    return second;
  }

  public void setSecond(FingerPosition second) {
    this.second = second;
  }

  public FingerprintException getException() {
    return exception;
  }

  public void setException(FingerprintException exception) {
    this.exception = exception;
  }
}
