package cn.cq.police.idcard.review.control;

import cn.cq.police.idcard.applications.entity.ApplicationStatus;
import cn.cq.police.idcard.applications.entity.ApplicationType;
import cn.cq.police.idcard.fees.entity.PaymentMethod;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The review list's filters; null means "any". {@code byProxy} true lists only proxy applications,
 * false only in-person ones. {@code needsDecision} lists what waits for the supervisor.
 */
public record ReviewCriteria(
    LocalDate from,
    LocalDate to,
    ApplicationStatus status,
    ApplicationType type,
    Long clerkId,
    PaymentMethod method,
    Boolean byProxy,
    boolean needsDecision)
    implements Serializable {

  public static ReviewCriteria of(LocalDate day) {
    return new ReviewCriteria(day, day, null, null, null, null, null, false);
  }
}
