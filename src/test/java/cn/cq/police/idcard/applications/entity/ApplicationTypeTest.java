package cn.cq.police.idcard.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cq.police.idcard.fees.entity.FeeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationTypeTest {

  @ParameterizedTest
  @CsvSource({
    "FIRST_APPLICATION, APPLY, FIRST_APPLICATION",
    "RENEWAL_ON_EXPIRY, RENEW, RENEWAL",
    "DATA_CHANGE, RENEW, RENEWAL",
    "DAMAGED, RENEW, LOST_OR_DAMAGED",
    "LOST, REISSUE, LOST_OR_DAMAGED"
  })
  void mapsToOfficialReasonAndFeeKind(ApplicationType type, OfficialReason reason, FeeKind fee) {
    assertEquals(reason, type.officialReason());
    assertEquals(fee, type.feeKind());
  }

  @ParameterizedTest
  @CsvSource({"APPLY, 申请领取", "RENEW, 申请换领", "REISSUE, 申请补领"})
  void officialReasonsHaveTheFormWording(OfficialReason reason, String chinese) {
    assertEquals(chinese, reason.chinese());
  }
}
