package cn.cq.police.idcard.applications.boundary;

import cn.cq.police.idcard.mailing.control.PostalRequest;
import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import java.io.Serializable;
import java.util.List;

/**
 * The counter form's delivery section (邮寄送证): collect at the station, or post the card to a
 * recipient at an address in a region of Chongqing, with the old card's fate recorded now. Held by
 * {@link ApplicationFormBacking}; its values become a {@link PostalRequest} only when post is
 * chosen.
 */
public class PostalChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean byPost;
  private String recipientName;
  private String recipientPhone;
  private String regionCode;
  private String addressDetail;
  private boolean oldCardSurrendered = true;
  private String oldCardNote;

  /** What the submission judges; null when the card is collected at the station. */
  public PostalRequest request() {
    return byPost
        ? new PostalRequest(
            recipientName,
            recipientPhone,
            regionCode,
            addressDetail,
            oldCardSurrendered,
            oldCardNote)
        : null;
  }

  /** The regions a card can be posted to: Chongqing's current districts and counties. */
  public List<ChongqingRegions.Region> getRegions() {
    return ChongqingRegions.current();
  }

  public boolean isByPost() {
    return byPost;
  }

  public void setByPost(boolean byPost) {
    this.byPost = byPost;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public void setRecipientName(String recipientName) {
    this.recipientName = recipientName;
  }

  public String getRecipientPhone() {
    return recipientPhone;
  }

  public void setRecipientPhone(String recipientPhone) {
    this.recipientPhone = recipientPhone;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getAddressDetail() {
    return addressDetail;
  }

  public void setAddressDetail(String addressDetail) {
    this.addressDetail = addressDetail;
  }

  public boolean isOldCardSurrendered() {
    return oldCardSurrendered;
  }

  public void setOldCardSurrendered(boolean oldCardSurrendered) {
    this.oldCardSurrendered = oldCardSurrendered;
  }

  public String getOldCardNote() {
    return oldCardNote;
  }

  public void setOldCardNote(String oldCardNote) {
    this.oldCardNote = oldCardNote;
  }
}
