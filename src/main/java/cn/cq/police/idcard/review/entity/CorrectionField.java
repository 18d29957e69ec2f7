package cn.cq.police.idcard.review.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a supervisor may name for correction when returning an application (退回修改); the clerk may
 * change exactly those fields on resubmission.
 */
public enum CorrectionField {
  /** 申请类型: its fee and the proxy policy are judged again. */
  APPLICATION_TYPE,
  /** 指纹信息. */
  FINGERPRINTS,
  /** 受托人联系电话. */
  AGENT_PHONE,
  /** 委托书日期. */
  LETTER_DATE,
  /** 收费方式和收费票据号 (the amount follows the tariff). */
  FEE_RECEIPT;

  /** As stored: the names, comma-separated, in declaration order; null for none. */
  public static String store(Set<CorrectionField> fields) {
    return fields == null || fields.isEmpty()
        ? null
        : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public static Set<CorrectionField> read(String stored) {
    EnumSet<CorrectionField> fields = EnumSet.noneOf(CorrectionField.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(","))
          .map(String::strip)
          .map(CorrectionField::valueOf)
          .forEach(fields::add);
    }
    return fields;
  }
}
