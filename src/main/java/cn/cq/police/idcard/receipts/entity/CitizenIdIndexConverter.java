package cn.cq.police.idcard.receipts.entity;

import cn.cq.police.idcard.platform.SealedColumns;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The blind index of a citizen ID number: a keyed MAC of its normalized form, written beside the
 * sealed number. A query compares an entity's index attribute with a {@link CitizenIdNumber}
 * parameter ({@code where a.citizenIdIndex = :idNumber}), which this converter turns into its
 * index, so rows are found by number without decrypting any. One way only: read back, the attribute
 * is null (the entity's sealed number is the number).
 */
@Converter
public class CitizenIdIndexConverter implements AttributeConverter<CitizenIdNumber, String> {

  @Override
  public String convertToDatabaseColumn(CitizenIdNumber idNumber) {
    return idNumber == null ? null : SealedColumns.cipher().index(idNumber.value());
  }

  @Override
  public CitizenIdNumber convertToEntityAttribute(String index) {
    return null;
  }
}
