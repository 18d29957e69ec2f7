package cn.cq.police.idcard.applications.entity;

/** The reason for an application as it is printed on the official application form. */
public enum OfficialReason {
  APPLY("申请领取"),
  RENEW("申请换领"),
  REISSUE("申请补领");

  private final String chinese;

  OfficialReason(String chinese) {
    this.chinese = chinese;
  }

  /** The wording used on the form. */
  public String chinese() {
    return chinese;
  }
}
