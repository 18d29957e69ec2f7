package cn.cq.police.idcard.receipts.entity;

import cn.cq.police.idcard.platform.SealedColumns;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link CitizenIdNumber} sealed under the personal-data key (its normalized 18 characters
 * inside); look-ups by number use its blind index ({@link CitizenIdIndexConverter}) instead.
 */
@Converter(autoApply = true)
public class CitizenIdNumberConverter implements AttributeConverter<CitizenIdNumber, String> {

  /** The associated data of every sealed ID number column. */
  public static final String COLUMN = "citizen-id";

  @Override
  public String convertToDatabaseColumn(CitizenIdNumber idNumber) {
    return idNumber == null ? null : SealedColumns.cipher().seal(idNumber.value(), COLUMN);
  }

  @Override
  public CitizenIdNumber convertToEntityAttribute(String column) {
    return column == null
        ? null
        : CitizenIdNumber.parse(SealedColumns.cipher().open(column, COLUMN));
  }
}
