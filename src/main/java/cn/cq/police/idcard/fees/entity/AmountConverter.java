package cn.cq.police.idcard.fees.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Amount} as its whole fen in the {@code amount_fen} BIGINT columns. */
@Converter(autoApply = true)
public class AmountConverter implements AttributeConverter<Amount, Long> {

  @Override
  public Long convertToDatabaseColumn(Amount amount) {
    return amount == null ? null : amount.fen();
  }

  @Override
  public Amount convertToEntityAttribute(Long fen) {
    return fen == null ? null : Amount.ofFen(fen);
  }
}
