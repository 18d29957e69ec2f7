package cn.cq.police.idcard.proxies.entity;

import java.util.Arrays;
import java.util.List;

/**
 * Why an agent was turned away at the counter: the one list the eligibility rules decide from, the
 * clerk chooses from and {@link ProxyRefusal} stores by name (the database accepts no other name).
 * Each has a short label {@code proxy.rejection.<name>} in the resource bundles; the policy's own
 * reasons also explain themselves to the clerk as {@code proxy.refused.<name>}.
 */
public enum RefusalReason {
  // The station's eligibility rule checks these in declaration order and reports only the first
  // that fails, so the clerk sees one message.
  RELATIONSHIP_NOT_ALLOWED(FoundBy.POLICY),
  APPLICANT_NOT_MINOR_OR_DISABLED(FoundBy.POLICY),
  NOT_ABROAD(FoundBy.POLICY),
  NOT_EXPIRED_RENEWAL(FoundBy.POLICY),

  // What the clerk finds at the counter, whatever the policy says.
  AGENT_ID_NOT_MATCHING(FoundBy.CLERK),
  SIGNATURES_MISSING(FoundBy.CLERK),
  RELATIONSHIP_NOT_PROVEN(FoundBy.CLERK),
  UNDERTAKING_REFUSED(FoundBy.CLERK),
  VIDEO_CALL_FAILED(FoundBy.CLERK),
  OTHER(FoundBy.CLERK),

  /**
   * The policy refused, without saying which check failed: how refusals were recorded before the
   * policy's own reason was stored. Kept for those rows; never recorded now.
   */
  NOT_ELIGIBLE_UNDER_POLICY(FoundBy.NO_LONGER_RECORDED);

  private enum FoundBy {
    POLICY,
    CLERK,
    NO_LONGER_RECORDED
  }

  private static final List<RefusalReason> CLERK_FINDINGS =
      Arrays.stream(values()).filter(r -> r.foundBy == FoundBy.CLERK).toList();

  private final FoundBy foundBy;

  RefusalReason(FoundBy foundBy) {
    this.foundBy = foundBy;
  }

  /** Decided by the station's eligibility rule, never chosen by a clerk on their own. */
  public boolean isPolicyCheck() {
    return foundBy == FoundBy.POLICY;
  }

  /** The reasons a clerk may give on their own, in the order the counter offers them. */
  public static List<RefusalReason> clerkFindings() {
    return CLERK_FINDINGS;
  }
}
