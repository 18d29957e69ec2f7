package cn.cq.police.idcard.forms.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.fees.entity.Amount;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the 临时居民身份证申领登记表 prints. Text is printed as given, never as markup.
 *
 * @param reason the {@code TemporaryCardReason} name, which the report ticks
 * @param reasonNote the clerk's words for "other", or null
 * @param photoJpeg the receipt's photo, or null to leave the photo box empty
 */
public record TemporaryCardFormData(
    String stationName,
    AcceptanceNumber cardNumber,
    String name,
    String sex,
    String ethnicity,
    LocalDate birthDate,
    String idNumber,
    String address,
    String reason,
    String reasonNote,
    Amount fee,
    LocalDate validFrom,
    LocalDate validUntil,
    byte[] photoJpeg,
    String clerkName,
    LocalDate issuedOn,
    String issuingAuthority) {

  public TemporaryCardFormData {
    Objects.requireNonNull(cardNumber, "cardNumber");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
  }
}
