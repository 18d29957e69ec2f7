package cn.cq.police.idcard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A secret (temporary password, API key) for the response to the action that created it, and for no
 * other: request scoped, so it is never kept in the session or the view state, and reloading the
 * page does not show it again.
 */
@Named
@RequestScoped
public class ShownOnce {

  private String subject;
  private String secret;
  private String secondSecret;

  public void show(String subject, String secret, String secondSecret) {
    this.subject = subject;
    this.secret = secret;
    this.secondSecret = secondSecret;
  }

  public boolean isPresent() {
    return secret != null;
  }

  public String getSubject() {
    return subject;
  }

  public String getSecret() {
    return secret;
  }

  public String getSecondSecret() {
    return secondSecret;
  }
}
