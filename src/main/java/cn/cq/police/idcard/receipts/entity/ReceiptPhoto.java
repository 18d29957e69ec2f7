package cn.cq.police.idcard.receipts.entity;

import cn.cq.police.idcard.platform.SealedColumns;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Base64;

/**
 * The JPEG of a receipt, kept in its own table so that receipt queries never drag photos along.
 * Loaded only when a clerk has looked the receipt up with both of its keys. Sealed at rest.
 */
@Entity
@Table(name = "receipt_photo")
public class ReceiptPhoto {

  @Id
  @Column(name = "receipt_id")
  private Long receiptId;

  /** Loaded with the entity: the entity exists only to keep this apart from the receipt. */
  @Convert(converter = SealedColumns.Jpeg.class)
  @Column(name = "jpeg", nullable = false)
  private byte[] jpeg;

  protected ReceiptPhoto() {}

  public ReceiptPhoto(Long receiptId, byte[] jpeg) {
    this.receiptId = receiptId;
    this.jpeg = jpeg.clone();
  }

  public Long getReceiptId() {
    return receiptId;
  }

  public byte[] getJpeg() {
    return jpeg.clone();
  }

  /**
   * A JPEG as a data URI for an {@code img} on a page, so the photo reaches only the person the
   * page is for; null for none.
   */
  public static String dataUri(byte[] jpeg) {
    return jpeg == null
        ? null
        : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
  }
}
