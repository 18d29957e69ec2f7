package cn.cq.police.idcard.forms.control;

/**
 * The person who applies or collects on behalf of the applicant (受托人), as printed on the
 * registration form and the authorization letter.
 *
 * @param name 姓名
 * @param idNumber 公民身份号码, printed in full
 * @param phone 联系电话
 * @param relationship 与申请人关系 in words, e.g. "父子", "配偶", "监护人"
 */
public record Agent(String name, String idNumber, String phone, String relationship) {}
