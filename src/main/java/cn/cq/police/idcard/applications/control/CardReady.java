package cn.cq.police.idcard.applications.control;

import cn.cq.police.idcard.applications.entity.Application;

/**
 * The applicant's card can now be had: it arrived at the station to be collected ({@code
 * trackingNumber} null), or it left the station by post under that tracking number. Fired
 * synchronously, once per application, so observers (the arrival notice) write in the same
 * transaction as the status change.
 */
public record CardReady(Application application, String trackingNumber) {

  public boolean isPosted() {
    return trackingNumber != null;
  }
}
