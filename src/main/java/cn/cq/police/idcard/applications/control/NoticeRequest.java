package cn.cq.police.idcard.applications.control;

import java.io.Serializable;

/**
 * The counter's arrival-notice section: a mobile number for one text message when the card can be
 * had, and whether the person who gave it agreed, after the clerk read out what it is used for.
 *
 * @param mobile as typed; blank when no notice is wanted
 */
public record NoticeRequest(String mobile, boolean consented) implements Serializable {

  public boolean wanted() {
    return mobile != null && !mobile.isBlank();
  }
}
