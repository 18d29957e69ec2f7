package cn.cq.police.idcard.forms.control;

import java.time.LocalDate;

/**
 * The 委托书 by which an applicant (委托人) authorizes an agent (受托人). Every field may be null: null
 * fields print as blank lines to be filled in by hand, so {@link #blank()} gives the form handed
 * out at the counter.
 *
 * @param stationName the addressee, the 受理单位
 * @param principalName 委托人 (the applicant) 姓名
 * @param principalIdNumber 委托人 公民身份号码
 * @param agent the 受托人, or null to leave the agent lines blank
 * @param matter 委托事项, e.g. "代为申请换领居民身份证并代为领取"
 * @param signedOn date of the letter
 */
public record AuthorizationLetterData(
    String stationName,
    String principalName,
    String principalIdNumber,
    Agent agent,
    String matter,
    LocalDate signedOn) {

  /** The empty letter, every line left to be written by hand. */
  public static AuthorizationLetterData blank() {
    return new AuthorizationLetterData(null, null, null, null, null, null);
  }
}
