package cn.cq.police.idcard.receipts.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link CitizenIdNumber} as its normalized 18-character string. */
@Converter(autoApply = true)
public class CitizenIdNumberConverter implements AttributeConverter<CitizenIdNumber, String> {

  @Override
  public String convertToDatabaseColumn(CitizenIdNumber idNumber) {
    return idNumber == null ? null : idNumber.value();
  }

  @Override
  public CitizenIdNumber convertToEntityAttribute(String column) {
    return column == null ? null : CitizenIdNumber.parse(column);
  }
}
