package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.applications.control.SubmissionRefused;
import cn.cq.police.idcard.applications.entity.Application;
import cn.cq.police.idcard.mailing.control.PostalRegions;
import cn.cq.police.idcard.mailing.entity.PostalDelivery;
import cn.cq.police.idcard.web.FacesText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The tracking page's 邮寄送证 section for the application {@link TrackingBacking} shows: where the
 * card goes, the mailing slip, and recording the courier's tracking number once the card arrived.
 */
@Named
@ViewScoped
public class PostingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Applications applications;

  @Inject TrackingBacking tracking;

  private Long loadedFor;
  private PostalDelivery delivery;
  private String trackingNumber;

  /** The selected application's delivery by post; null when it is collected at the station. */
  public PostalDelivery getDelivery() {
    Application selected = tracking.getSelected();
    Long id = selected == null ? null : selected.getId();
    if (id == null) {
      return null;
    }
    if (!id.equals(loadedFor)) {
      delivery = applications.postalDeliveryOf(selected).orElse(null);
      loadedFor = id;
    }
    return delivery;
  }

  /** The recipient's address as the slip prints it: region name and detail. */
  public String getAddress() {
    PostalDelivery shown = getDelivery();
    return shown == null
        ? null
        : PostalRegions.addressName(shown.getRegionCode()) + shown.getAddressDetail();
  }

  /** 登记寄出: records the tracking number; the card is 已邮寄. */
  public void post() {
    Application selected = tracking.getSelected();
    if (selected == null) {
      return;
    }
    try {
      Application posted = applications.post(selected.getId(), trackingNumber);
      tracking.select(posted.getId());
      loadedFor = null;
      trackingNumber = null;
      FacesText.info("postal.posted", posted.getAcceptanceNumber());
    } catch (SubmissionRefused refused) {
      // An application exception: the container passes it through unwrapped.
      FacesText.error("submit." + refused.problem().name(), refused.details().toArray());
    }
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }
}
