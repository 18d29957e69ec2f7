package cn.cq.police.idcard.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * Fingerprint registration of an application: two registered finger positions, or why none were
 * registered. Only consistent combinations can be built.
 */
@Embeddable
public class Fingerprints implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "fingerprint_status", nullable = false, length = 25)
  private FingerprintStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "first_finger", length = 15)
  private FingerPosition first;

  @Enumerated(EnumType.STRING)
  @Column(name = "second_finger", length = 15)
  private FingerPosition second;

  @Enumerated(EnumType.STRING)
  @Column(name = "fingerprint_exception", length = 15)
  private FingerprintException exception;

  protected Fingerprints() {}

  private Fingerprints(
      FingerprintStatus status,
      FingerPosition first,
      FingerPosition second,
      FingerprintException exception) {
    this.status = status;
    this.first = first;
    this.second = second;
    this.exception = exception;
  }

  /**
   * The usual case: two different fingers registered (登记指位). A certain position names one finger,
   * so it cannot be registered twice; an uncertain one (97-99) names a group of fingers, so two
   * different fingers can both be recorded under it, e.g. two fingers of a right hand whose
   * positions cannot be told are 97 and 97.
   */
  public static Fingerprints registered(FingerPosition first, FingerPosition second) {
    if (first == null || second == null || first == second && !first.isUncertain()) {
      throw new IllegalArgumentException("Two different finger positions are registered");
    }
    return new Fingerprints(FingerprintStatus.REGISTERED, first, second, null);
  }

  /** 未登记 — 注册失败. */
  public static Fingerprints registrationFailed() {
    return new Fingerprints(FingerprintStatus.REGISTRATION_FAILED, null, null, null);
  }

  /** 未登记 — 未注册, with the reason. */
  public static Fingerprints notRegistered(FingerprintException reason) {
    return new Fingerprints(
        FingerprintStatus.NOT_REGISTERED, null, null, Objects.requireNonNull(reason));
  }

  public boolean isException() {
    return status.isException();
  }

  public FingerprintStatus getStatus() {
    return status;
  }

  public FingerPosition getFirst() {
    return first;
  }

  public FingerPosition getSecond() {
    return second;
  }

  public FingerprintException getException() {
    return exception;
  }
}
