package cn.cq.police.idcard.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * The client address of the HTTP request being served, for the audit trail. A servlet filter sets
 * it; work outside a request (start-up, timers) has none and is recorded as "-".
 */
@RequestScoped
public class RequestOrigin {

  static final String NONE = "-";

  private String clientAddress = NONE;

  public String clientAddress() {
    return clientAddress;
  }

  public void from(String address) {
    this.clientAddress = address == null || address.isBlank() ? NONE : address;
  }
}
