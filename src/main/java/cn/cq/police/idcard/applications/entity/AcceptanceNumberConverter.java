package cn.cq.police.idcard.applications.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link AcceptanceNumber} as its string in the VARCHAR(30) column. */
@Converter(autoApply = true)
public class AcceptanceNumberConverter implements AttributeConverter<AcceptanceNumber, String> {

  @Override
  public String convertToDatabaseColumn(AcceptanceNumber number) {
    return number == null ? null : number.value();
  }

  @Override
  public AcceptanceNumber convertToEntityAttribute(String column) {
    return column == null ? null : AcceptanceNumber.parse(column);
  }
}
