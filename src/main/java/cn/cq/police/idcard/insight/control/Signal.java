package cn.cq.police.idcard.insight.control;

/**
 * The anomaly signals a supervisor watches. Each has a name and an explanation in the resource
 * bundle ({@code insight.signal.<NAME>}) and thresholds in MicroProfile Config ({@link
 * Thresholds}).
 */
public enum Signal {
  /** One agent ID number acting for many different applicants. */
  AGENT_FOR_MANY,
  /** Many voided payments or fee exemptions taken by one clerk. */
  VOIDS_BY_CLERK,
  /** A receipt looked up again and again without an application ever made for it. */
  UNUSED_LOOKUPS,
  /** An application that has stayed in one status longer than that status should last. */
  STUCK,
  /** A day with many look-ups of receipts whose household is outside the station's jurisdiction. */
  OUTSIDE_JURISDICTION
}
