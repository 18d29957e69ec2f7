package cn.cq.police.idcard.proxies.control;

import cn.cq.police.idcard.proxies.entity.RefusalReason;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Outcome of checking a proxy case against a rule. Serializable: the counter's view-scoped bean
 * holds it, and travels with the session to another cluster member.
 *
 * @param reason why it was refused, one of the policy's checks; {@code null} exactly when accepted
 */
public record ProxyDecision(boolean accepted, RefusalReason reason) implements Serializable {

  private static final ProxyDecision ACCEPTED = new ProxyDecision(true, null);

  public ProxyDecision {
    if (accepted != (reason == null)) {
      throw new IllegalArgumentException(
          "A decision has a reason exactly when it is a refusal: " + accepted + ", " + reason);
    }
    if (reason != null && !reason.isPolicyCheck()) {
      throw new IllegalArgumentException("Not one of the policy's checks: " + reason);
    }
  }

  public static ProxyDecision accept() {
    return ACCEPTED;
  }

  public static ProxyDecision refuse(RefusalReason reason) {
    return new ProxyDecision(false, reason);
  }

  /**
   * What the clerk may record when turning the agent away after this decision: the policy's own
   * reason first (so it is what the clerk records unless they found more), then what a clerk finds.
   */
  public List<RefusalReason> refusalChoices() {
    List<RefusalReason> choices = new ArrayList<>();
    if (!accepted) {
      choices.add(reason);
    }
    choices.addAll(RefusalReason.clerkFindings());
    return choices;
  }
}
