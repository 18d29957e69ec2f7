package cn.cq.police.idcard.photos.control;

import jakarta.ejb.ApplicationException;

/** Why a station's photo was not kept; nothing was stored. */
@ApplicationException(rollback = true)
public class StationPhotoRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public enum Why {
    PHOTO_NOT_ACCEPTED,
    OUTSIDE_JURISDICTION,
    APPLICATION_IN_PROGRESS
  }

  private final Why why;

  public StationPhotoRefused(Why why) {
    super(why.name());
    this.why = why;
  }

  public Why why() {
    return why;
  }
}
