package cn.cq.police.idcard.receipts.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ReceiptNumber} as its normalized string in the VARCHAR(20) columns. */
@Converter(autoApply = true)
public class ReceiptNumberConverter implements AttributeConverter<ReceiptNumber, String> {

  @Override
  public String convertToDatabaseColumn(ReceiptNumber number) {
    return number == null ? null : number.value();
  }

  @Override
  public ReceiptNumber convertToEntityAttribute(String column) {
    return column == null ? null : ReceiptNumber.parse(column);
  }
}
