package cn.cq.police.idcard.progress.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import java.io.Serializable;

/**
 * What a progress query gets. A wrong ID suffix and an unknown acceptance number are both {@link
 * NotFound}: nothing tells them apart.
 */
public sealed interface ProgressAnswer extends Serializable {

  /** The application of the number (as normalised) and where it stands. */
  record Found(AcceptanceNumber acceptanceNumber, CitizenProgress progress)
      implements ProgressAnswer {}

  record NotFound() implements ProgressAnswer {}

  /** The input is not a query (a field missing or of the wrong shape); nothing was looked up. */
  record Invalid(ProgressQuery.Problem problem) implements ProgressAnswer {}

  /**
   * Too many queries from the client's address, or too many wrong suffixes for the number (which
   * happens to unknown numbers as well, so this says nothing about whether the number exists).
   *
   * @param retryAfterSeconds when to ask again, at least 1
   */
  record Throttled(Limit limit, long retryAfterSeconds) implements ProgressAnswer {}

  /** Which limit refused the query. */
  enum Limit {
    ADDRESS,
    NUMBER
  }
}
