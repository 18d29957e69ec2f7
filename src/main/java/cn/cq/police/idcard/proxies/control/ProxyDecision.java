package cn.cq.police.idcard.proxies.control;

/**
 * Outcome of checking a proxy case against a rule.
 *
 * @param reason why it was refused; {@code null} exactly when accepted
 */
public record ProxyDecision(boolean accepted, RefusalReason reason) {

  private static final ProxyDecision ACCEPTED = new ProxyDecision(true, null);

  public ProxyDecision {
    if (accepted != (reason == null)) {
      throw new IllegalArgumentException(
          "A decision has a reason exactly when it is a refusal: " + accepted + ", " + reason);
    }
  }

  public static ProxyDecision accept() {
    return ACCEPTED;
  }

  public static ProxyDecision refuse(RefusalReason reason) {
    return new ProxyDecision(false, reason);
  }
}
