package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.NoticeRequest;
import java.io.Serializable;

/** What the counter's arrival-notice inputs hold: a mobile number, and the consent box. */
public class NoticeChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private String mobile;
  private boolean consented;

  public NoticeRequest request() {
    return new NoticeRequest(mobile, consented);
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public boolean isConsented() {
    return consented;
  }

  public void setConsented(boolean consented) {
    this.consented = consented;
  }
}
