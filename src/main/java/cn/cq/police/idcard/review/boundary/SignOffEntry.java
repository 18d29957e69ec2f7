package cn.cq.police.idcard.review.boundary;

import java.io.Serializable;

/**
 * What a supervisor types to sign a decision or the day's close: the current password and, for a
 * one-time-password account, the current code. Forgotten after every attempt, so neither stays in
 * the view.
 */
public class SignOffEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private String password;
  private String code;

  public void forget() {
    password = null;
    code = null;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
